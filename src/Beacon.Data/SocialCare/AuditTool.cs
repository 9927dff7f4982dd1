using Beacon.Data.Audit;

namespace Beacon.Data.SocialCare;

/// <summary>
/// A case-file audit tool: its questions and its grades (best first), both JSON lists. A tool is never edited once
/// audits use it; the authority adds a new one instead.
/// </summary>
[Audited("AuditTool")]
public class AuditTool
{
    public const long Beacon = 1;

    public long Id { get; set; }

    public string Name { get; set; } = "";

    public string Questions { get; set; } = "[]";

    public string Grades { get; set; } = "[]";

    public string CreatedBy { get; set; } = "";
}
