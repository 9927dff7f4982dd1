using Beacon.Data.Audit;
using Beacon.Domain.Audit;

namespace Beacon.Data.SocialCare;

/// <summary>
/// Cases drawn at random from an Annex A list for audit with a tool, by a due date; the seed makes the draw
/// repeatable, and the moderation percentage says how many of its audits a second auditor re-grades.
/// </summary>
[Audited("AuditSample", AuditConfidentiality.ChildLevel)]
public class AuditSample
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    public long ToolId { get; set; }

    public int List { get; set; }

    public int Seed { get; set; }

    public int ModeratePercent { get; set; }

    public string DrawnBy { get; set; } = "";

    public DateOnly DrawnOn { get; set; }

    public DateOnly DueOn { get; set; }
}
