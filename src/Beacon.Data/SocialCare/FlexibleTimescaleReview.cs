using Beacon.Data.Audit;
using Beacon.Domain.Audit;

namespace Beacon.Data.SocialCare;

/// <summary>A weekly review of a flexible timescale: when, by whom, and what was found.</summary>
[Audited("FlexibleTimescaleReview", AuditConfidentiality.ChildLevel)]
public class FlexibleTimescaleReview
{
    public int Id { get; set; }

    public int TimescaleId { get; set; }

    public DateOnly ReviewedOn { get; set; }

    public string ReviewedBy { get; set; } = "";

    public string Note { get; set; } = "";
}
