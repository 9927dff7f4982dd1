using Beacon.Data;
using Beacon.Data.SocialCare;
using Beacon.Domain;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.SocialCare;

/// <summary>
/// Case-file audits and their moderation: an auditor grades a child's record on every question of a tool, and a
/// second auditor (never the first, and once only) re-grades it. Child-level; audited.
/// </summary>
public sealed class CaseAuditRecorder(BeaconDbContext db, TimeProvider clock)
{
    /// <summary>The problem's code where the audit to moderate does not exist.</summary>
    public const string NotFound = "not-found";

    /// <summary>The problem's code where a grade is missing or off the tool's scale.</summary>
    public const string Ungraded = "grades";

    /// <summary>Records an audit graded on the tool (in the sample, where one is given); its id.</summary>
    public async Task<Result<long>> AuditAsync(
        string? childId,
        AuditToolView tool,
        long? sampleId,
        IReadOnlyList<int?> grades,
        string? notes,
        string auditor,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(tool);
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(childId))
        {
            problems.Add(Result.Failure(nameof(CaseAudit.ChildId), "Enter the child's unique ID"));
        }
        else if (
            sampleId is { } sample
            && !await db.AuditSampleCases.AnyAsync(c => c.SampleId == sample && c.ChildId == childId.Trim(), cancellationToken)
        )
        {
            problems.Add(Result.Failure(nameof(CaseAudit.ChildId), "The child is not in the sample"));
        }

        var graded = tool.GradesJson(grades);
        if (graded is null)
        {
            problems.Add(Result.Failure(Ungraded, "Grade every question on the tool's scale"));
        }

        if (Result.Combine(problems) is { } problem)
        {
            return problem;
        }

        var audit = new CaseAudit
        {
            ChildId = childId!.Trim(),
            ToolId = tool.Id,
            SampleId = sampleId,
            Auditor = auditor,
            AuditedOn = Today(),
            Grades = graded!,
            Notes = notes?.Trim() ?? "",
        };
        db.CaseAudits.Add(audit);
        db.AuditScope.Reason = "case-file audit";
        await db.SaveChangesAsync(cancellationToken);
        return audit.Id;
    }

    /// <summary>A second auditor's grades for an audit: not the auditor's own, and only once.</summary>
    public async Task<Result> ModerateAsync(
        long auditId,
        IReadOnlyList<int?> grades,
        string? notes,
        string moderator,
        CancellationToken cancellationToken
    )
    {
        if (await db.CaseAudits.FindAsync([auditId], cancellationToken) is not { } audit)
        {
            return Result.Failure(NotFound, "There is no audit with that number");
        }

        if (audit.Auditor == moderator)
        {
            return Result.Failure("own-audit", "A moderator must be someone other than the auditor");
        }

        if (await db.CaseAuditModerations.AnyAsync(m => m.AuditId == auditId, cancellationToken))
        {
            return Result.Failure("moderated", "This audit has already been moderated");
        }

        var tool = AuditToolView.Of(await db.AuditTools.SingleAsync(t => t.Id == audit.ToolId, cancellationToken));
        if (tool.GradesJson(grades) is not { } graded)
        {
            return Result.Failure(Ungraded, "Grade every question on the tool's scale");
        }

        db.CaseAuditModerations.Add(
            new CaseAuditModeration
            {
                AuditId = auditId,
                Moderator = moderator,
                ModeratedOn = Today(),
                Grades = graded,
                Notes = notes?.Trim() ?? "",
            }
        );
        db.AuditScope.Reason = "moderation";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
