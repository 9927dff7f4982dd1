using Beacon.Data.Audit;
using Beacon.Domain.Audit;

namespace Beacon.Data.SocialCare;

/// <summary>A case-file audit of a child's record: who audited, when, the grade per question (JSON), and the auditor's notes.</summary>
[Audited("CaseAudit", AuditConfidentiality.ChildLevel)]
public class CaseAudit
{
    public long Id { get; set; }

    public string ChildId { get; set; } = "";

    public long ToolId { get; set; } = AuditTool.Beacon;

    /// <summary>The sample the child was drawn in, where the audit was of a sampled case.</summary>
    public long? SampleId { get; set; }

    public string Auditor { get; set; } = "";

    public DateOnly AuditedOn { get; set; }

    public string Grades { get; set; } = "";

    public string Notes { get; set; } = "";
}
