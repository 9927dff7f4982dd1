using Beacon.Data.Audit;
using Beacon.Domain.Audit;

namespace Beacon.Data.SocialCare;

/// <summary>A second auditor's re-grading of a case-file audit; its grades are the final ones.</summary>
[Audited("CaseAuditModeration", AuditConfidentiality.ChildLevel)]
public class CaseAuditModeration
{
    public long Id { get; set; }

    public long AuditId { get; set; }

    public string Moderator { get; set; } = "";

    public DateOnly ModeratedOn { get; set; }

    public string Grades { get; set; } = "";

    public string Notes { get; set; } = "";
}
