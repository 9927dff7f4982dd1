using System.Text.Json;
using System.Text.Json.Serialization;
using Beacon.Data;
using Beacon.Data.Equality;
using Beacon.Domain;
using Beacon.Domain.Access;
using Beacon.Domain.Periods;
using Beacon.Reports.Equality;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Equality;

/// <summary>
/// Equality impact assessments and the actions arising from them: read for pages and papers, published as
/// numbered versions kept as they stood, and each action's progress appended quarter by quarter.
/// </summary>
public sealed class EqualityAssessments(BeaconDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions SnapshotOptions = new() { Converters = { new JsonStringEnumConverter() } };

    public static async Task<IReadOnlyList<EqualityImpactAssessment>> ListAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.EqualityAssessments.AsNoTracking().OrderBy(a => a.Reference).ToListAsync(cancellationToken);
    }

    /// <summary>The assessment of that reference with its characteristics in the Act's order and its actions with their progress.</summary>
    public static async Task<EqualityImpactAssessment?> LoadAsync(BeaconDbContext db, string reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var assessment = await db
            .EqualityAssessments.AsNoTracking()
            .Include(a => a.Impacts)
            .Include(a => a.Actions)
                .ThenInclude(a => a.Progress)
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Reference == reference, cancellationToken);
        if (assessment is not null)
        {
            assessment.Impacts.Sort((a, b) => a.Characteristic.CompareTo(b.Characteristic));
            assessment.Actions.Sort((a, b) => a.Position.CompareTo(b.Position));
        }

        return assessment;
    }

    public static async Task<IReadOnlyList<EqualityAssessmentVersion>> VersionsAsync(
        BeaconDbContext db,
        int assessmentId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db
            .EqualityAssessmentVersions.AsNoTracking()
            .Where(v => v.AssessmentId == assessmentId)
            .OrderBy(v => v.Version)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The assessment as its form prints it.</summary>
    public static EqualityImpactAssessmentReport Report(EqualityImpactAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return new EqualityImpactAssessmentReport(
            assessment.Reference,
            assessment.Title,
            assessment.Subject,
            assessment.Department,
            assessment.Division,
            assessment.Section,
            assessment.Owner,
            assessment.FunctionOrService,
            assessment.InformationAvailable,
            assessment.InformationGaps,
            [.. assessment.Impacts.Select(i => new EqualityImpactLine(i.Characteristic, i.Relevant, i.Impact))],
            assessment.ImpactSummary,
            assessment.Outcome,
            assessment.OutcomeJustification,
            [
                .. assessment.Actions.Select(a => new EqualityActionPlanLine(
                    a.Action,
                    a.ResponsibleOfficer,
                    a.ByWhen,
                    a.Evaluation,
                    a.HighPriority
                )),
            ],
            assessment.AssessedOn,
            assessment.SentForPublishingOn,
            assessment.PublishedOn,
            assessment.ReviewedOn,
            assessment.Version
        );
    }

    /// <summary>A published version as it was published.</summary>
    public static EqualityImpactAssessmentReport ReportOf(EqualityAssessmentVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return JsonSerializer.Deserialize<EqualityImpactAssessmentReport>(version.Snapshot, SnapshotOptions)!;
    }

    /// <summary>
    /// The high priority actions in <paramref name="quarter"/>: from assessments carried out by its end, not completed
    /// in an earlier quarter, each with the latest progress recorded in the quarter.
    /// </summary>
    public static async Task<IReadOnlyList<EqualityActionLine>> HighPriorityAsync(
        BeaconDbContext db,
        FinancialQuarter quarter,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var lastDay = quarter.LastDay;
        var assessments = await db
            .EqualityAssessments.AsNoTracking()
            .Where(a => a.AssessedOn <= lastDay)
            .Include(a => a.Actions.Where(x => x.HighPriority))
                .ThenInclude(a => a.Progress)
            .OrderBy(a => a.Reference)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return
        [
            .. assessments.SelectMany(a =>
                a.Actions.OrderBy(x => x.Position)
                    .Where(x => !x.Progress.Any(p => p.Completed && new FinancialQuarter(p.Year, p.Quarter) < quarter))
                    .Select(x => new EqualityActionLine(
                        x,
                        a.Title,
                        x.Progress.Where(p => p.Year == quarter.StartYear && p.Quarter == quarter.Quarter)
                            .OrderBy(p => p.RecordedAtUtc)
                            .LastOrDefault()
                    ))
            ),
        ];
    }

    /// <summary>
    /// Publishes the assessment as it stands as its next version, kept whole and never changed. Refused when nothing
    /// has changed since the last version, so that version numbers mean something changed.
    /// </summary>
    public async Task<Result<EqualityAssessmentVersion>> PublishAsync(
        string reference,
        BeaconUser user,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!AccessPolicy.Can(user, Permission.EditPerformance))
        {
            return Result.Failure("not-permitted", "Only a performance officer publishes an equality impact assessment.");
        }

        if (await LoadAsync(db, reference, cancellationToken) is not { } read)
        {
            return Result.Failure("not-found", $"There is no equality impact assessment {reference}.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var versions = await VersionsAsync(db, read.Id, cancellationToken);
        var last = versions.Count > 0 ? versions[^1] : null;
        // Compared as JSON: a record's lists compare by reference, the text compares what it says.
        var unchanged = Report(read) with
        {
            PublishedOn = null,
            Version = 0,
        };
        if (last is not null && Snapshot(ReportOf(last) with { PublishedOn = null, Version = 0 }) == Snapshot(unchanged))
        {
            return Result.Failure(
                "unchanged",
                $"{reference} has not changed since version {last.Version} was published on {DocxDate(last.PublishedOn)}."
            );
        }

        var assessment = await db.EqualityAssessments.SingleAsync(a => a.Id == read.Id, cancellationToken);
        assessment.Version = read.Version + 1;
        assessment.PublishedOn = today;
        var version = new EqualityAssessmentVersion
        {
            AssessmentId = assessment.Id,
            Version = assessment.Version,
            PublishedOn = today,
            Snapshot = Snapshot(unchanged with { PublishedOn = today, Version = assessment.Version }),
            PublishedBy = user.UserName,
            PublishedAtUtc = now,
        };
        db.EqualityAssessmentVersions.Add(version);
        db.AuditScope.Actor = user.UserName;
        db.AuditScope.Reason = $"Published as version {assessment.Version}";
        await db.SaveChangesAsync(cancellationToken);
        return version;
    }

    /// <summary>Appends the quarter's progress on an action, with whether it is now complete.</summary>
    public async Task<Result<EqualityActionProgress>> RecordProgressAsync(
        int actionId,
        string? commentary,
        bool completed,
        BeaconUser user,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!AccessPolicy.Can(user, Permission.EditPerformance))
        {
            return Result.Failure("not-permitted", "Only a performance officer records progress on an equality action.");
        }

        if (!await db.EqualityActions.AnyAsync(a => a.Id == actionId, cancellationToken))
        {
            return Result.Failure("not-found", "There is no such equality action.");
        }

        if (string.IsNullOrWhiteSpace(commentary))
        {
            return Result.Failure("commentary", "Enter the progress made on the action this quarter.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var quarter = FinancialQuarter.Of(DateOnly.FromDateTime(now));
        var progress = new EqualityActionProgress
        {
            ActionId = actionId,
            Year = quarter.StartYear,
            Quarter = quarter.Quarter,
            Commentary = commentary.Trim(),
            Completed = completed,
            RecordedBy = user.UserName,
            RecordedAtUtc = now,
        };
        db.EqualityActionProgress.Add(progress);
        await db.SaveChangesAsync(cancellationToken);
        return progress;
    }

    private static string Snapshot(EqualityImpactAssessmentReport report) => JsonSerializer.Serialize(report, SnapshotOptions);

    private static string DocxDate(DateOnly date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}
