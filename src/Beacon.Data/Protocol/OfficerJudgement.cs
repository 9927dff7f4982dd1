using Beacon.Data.Audit;
using Beacon.Domain.Audit;

namespace Beacon.Data.Protocol;

/// <summary>An officer's judgement on a criterion Beacon cannot compute (safeguarding, leadership capacity) for a school in a review; the newest counts.</summary>
[Audited("ProtocolJudgement", AuditConfidentiality.SchoolRating)]
public class OfficerJudgement
{
    public long Id { get; set; }

    public int ReviewId { get; set; }

    public int Urn { get; set; }

    public string CriterionCode { get; set; } = "";

    public bool Met { get; set; }

    public string? Note { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTime RecordedAtUtc { get; set; }
}
