using Beacon.Data.Audit;
using Beacon.Domain.Audit;

namespace Beacon.Data.Protocol;

/// <summary>An action agreed for a school, with its owner, due date and progress.</summary>
[Audited("SupportAction", AuditConfidentiality.SchoolRating)]
public class SupportAction
{
    public int Id { get; set; }

    public int Urn { get; set; }

    public string Text { get; set; } = "";

    public string Owner { get; set; } = "";

    public DateOnly DueOn { get; set; }

    public DateOnly? CompletedOn { get; set; }
}
