using Beacon.Data.Audit;
using Beacon.Domain.Audit;
using Beacon.Domain.SocialCare;

namespace Beacon.Data.SocialCare;

/// <summary>
/// A decision under the flexible-assessment direction for a child: the lead social worker's assessment timescale, or
/// the social work manager's initial conference date; who decided it, when and why.
/// </summary>
[Audited("FlexibleTimescale", AuditConfidentiality.ChildLevel)]
public class FlexibleTimescaleRecord
{
    public int Id { get; set; }

    public string ChildId { get; set; } = "";

    public FlexibleDecision Decision { get; set; }

    /// <summary>The assessment's timescale; none for a conference date.</summary>
    public int? WorkingDays { get; set; }

    /// <summary>The initial conference's date set by the social work manager; none for an assessment timescale.</summary>
    public DateOnly? ConferenceOn { get; set; }

    public string DecidedBy { get; set; } = "";

    public DateOnly DecidedOn { get; set; }

    public string Reason { get; set; } = "";
}
