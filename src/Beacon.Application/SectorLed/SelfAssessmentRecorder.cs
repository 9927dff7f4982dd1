using System.Text.Json;
using Beacon.Data;
using Beacon.Data.Organisations;
using Beacon.Data.SectorLed;
using Beacon.Domain;
using Beacon.Domain.Access;
using Beacon.Domain.SectorLed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Beacon.Application.SectorLed;

/// <summary>
/// An authority's self-assessments: started against a framework, written area by area, signed off by the director
/// of children's services, the chief executive and the lead member, each signature keeping the revision it signed
/// with its evidence frozen, and shared with the region's moderation panel once all three have signed.
/// </summary>
public sealed class SelfAssessmentRecorder(BeaconDbContext db, IMemoryCache cache, IOptions<BeaconSiteOptions> site, TimeProvider clock)
{
    /// <summary>The longest account of an area, in characters: a page or two of a council's report.</summary>
    public const int NarrativeLimit = 20_000;

    public async Task<Result<int>> StartAsync(
        BeaconUser user,
        string? framework,
        string? title,
        string? period,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(user);
        var problems = new List<Problem>();
        if (AssessmentFrameworks.Find(framework) is not { } chosen)
        {
            problems.Add(new Problem("Framework", "Select the framework to assess against"));
            chosen = null;
        }

        if (
            RequiredText.Missing(("Title", title, "Enter a title"), ("Period", period, "Enter the year it covers, for example 2026/27")) is
            { } missing
        )
        {
            problems.AddRange(missing.Details);
        }

        if (problems.Count > 0)
        {
            return problems[0] with { Details = problems };
        }

        if (!AccessPolicy.Can(user, Permission.EditSelfAssessments))
        {
            return Result.Failure(SectorLedProblem.NotFound, "You may not write self-assessments");
        }

        var assessment = new SelfAssessment
        {
            FrameworkCode = chosen!.Code,
            Title = title!.Trim(),
            Period = period!.Trim(),
            CreatedBy = user.UserName,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            Areas = chosen
                .Areas.Select(a => new SelfAssessmentArea { AreaCode = a.Code, Evidence = string.Join(',', a.SuggestedIndicators) })
                .ToList(),
        };
        db.SelfAssessments.Add(assessment);
        db.AuditScope.Reason = $"Self-assessment started against {chosen.Name}";
        await db.SaveChangesAsync(cancellationToken);
        return assessment.Id;
    }

    /// <summary>Writes an area's grade, account and evidence: a new revision, which the sign-off roles sign afresh.</summary>
    public async Task<Result> SaveAreaAsync(
        BeaconUser user,
        int id,
        string areaCode,
        string? grade,
        string? narrative,
        IReadOnlyList<string> evidence,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (!AccessPolicy.Can(user, Permission.EditSelfAssessments) || await FindAsync(id, cancellationToken) is not { } assessment)
        {
            return Result.Failure(SectorLedProblem.NotFound, "There is no such self-assessment");
        }

        var framework = AssessmentFrameworks.Find(assessment.FrameworkCode)!;
        if (assessment.Areas.FirstOrDefault(a => a.AreaCode == areaCode) is not { } area || framework.Area(areaCode) is null)
        {
            return Result.Failure(SectorLedProblem.NotFound, "There is no such area");
        }

        if (grade is not null && !framework.Grades.Contains(grade))
        {
            return Result.Failure("Grade", "Select a grade from the framework's scale");
        }

        if ((narrative?.Length ?? 0) > NarrativeLimit)
        {
            return Result.Failure("Narrative", $"The account must be {NarrativeLimit:N0} characters or fewer");
        }

        var cited = (await SelfAssessmentEvidence.IndicatorsAsync(db, cache, cancellationToken)).Select(i => i.Code).ToHashSet();
        (area.Grade, area.Narrative, area.Evidence) = (
            grade,
            narrative?.Trim() ?? "",
            string.Join(',', evidence.Where(cited.Contains).Distinct())
        );
        assessment.Revision++;
        db.AuditScope.Reason = $"{framework.Area(areaCode)!.Name}: revision {assessment.Revision}";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    /// <summary>Signs the current revision as one of the sign-off roles, keeping it as signed, evidence frozen.</summary>
    public async Task<Result> SignAsync(BeaconUser user, int id, BeaconRole role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!AccessPolicy.Can(user, Permission.ViewSelfAssessments) || await FindAsync(id, cancellationToken) is not { } assessment)
        {
            return Result.Failure(SectorLedProblem.NotFound, "There is no such self-assessment");
        }

        if (!AccessPolicy.CanSignOffAs(user, role))
        {
            return Result.Failure(
                "role",
                $"Only the {role.DisplayName().ToLowerInvariant()} signs as the {role.DisplayName().ToLowerInvariant()}"
            );
        }

        var framework = AssessmentFrameworks.Find(assessment.FrameworkCode)!;
        if (
            SelfAssessmentReadiness.Check(
                framework,
                assessment.Areas.ToDictionary(a => a.AreaCode, a => (a.Grade, (string?)a.Narrative))
            ) is
            { } notReady
        )
        {
            return notReady;
        }

        if (assessment.SignOffs.Any(s => s.Revision == assessment.Revision && s.Role == role))
        {
            return Result.Failure(
                "role",
                $"Revision {assessment.Revision} is already signed by the {role.DisplayName().ToLowerInvariant()}"
            );
        }

        var evidence = await SelfAssessmentEvidence.ForAsync(db, cache, await LaCodeAsync(cancellationToken), cancellationToken);
        var signed = new SignedRevision(
            assessment.Revision,
            framework.Name,
            framework
                .Areas.Select(a =>
                {
                    var area = assessment.Areas.Single(x => x.AreaCode == a.Code);
                    return new SignedArea(
                        a.Code,
                        a.Name,
                        area.Grade,
                        area.Narrative,
                        Codes(area.Evidence).Select(evidence).OfType<FrozenEvidence>().ToList()
                    );
                })
                .ToList()
        );
        assessment.SignOffs.Add(
            new SelfAssessmentSignOff
            {
                Revision = assessment.Revision,
                Role = role,
                SignedBy = user.UserName,
                SignedAtUtc = clock.GetUtcNow().UtcDateTime,
                Snapshot = JsonSerializer.Serialize(signed, SnapshotJson),
            }
        );
        db.AuditScope.Reason = $"Signed off as {role.DisplayName().ToLowerInvariant()} (revision {assessment.Revision})";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    /// <summary>Shares the signed-off self-assessment with the region's moderation panel.</summary>
    public async Task<Result> ShareWithRegionAsync(BeaconUser user, int id, CancellationToken cancellationToken)
    {
        if (!AccessPolicy.Can(user, Permission.EditSelfAssessments) || await FindAsync(id, cancellationToken) is not { } assessment)
        {
            return Result.Failure(SectorLedProblem.NotFound, "There is no such self-assessment");
        }

        if (SelfAssessmentView.StatusOf(assessment) != SelfAssessmentStatus.SignedOff)
        {
            return Result.Failure(
                "share",
                "Share it once the director, the chief executive and the lead member have all signed this revision"
            );
        }

        assessment.SharedWithRegionAtUtc = clock.GetUtcNow().UtcDateTime;
        db.AuditScope.Reason = $"Shared with the region's moderation panel (revision {assessment.Revision})";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    /// <summary>The acting authority's LA code, for its profile: its organisation's, or the deployment's.</summary>
    public async Task<string?> LaCodeAsync(CancellationToken cancellationToken) =>
        await db
            .Organisations.Where(o => o.Id == (db.OrganisationScope ?? Organisation.Home))
            .Select(o => o.LaCode)
            .FirstOrDefaultAsync(cancellationToken)
        ?? site.Value.LaCode;

    /// <summary>How signed revisions are kept.</summary>
    public static JsonSerializerOptions SnapshotJson { get; } = new(JsonSerializerDefaults.Web);

    public static IEnumerable<string> Codes(string evidence) => evidence.Split(',', StringSplitOptions.RemoveEmptyEntries);

    private Task<SelfAssessment?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.SelfAssessments.Include(a => a.Areas).Include(a => a.SignOffs).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
}
