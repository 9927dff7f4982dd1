using System.Text.Json;
using System.Text.Json.Serialization;
using Beacon.Data;
using Beacon.Data.Equality;
using Beacon.Domain;
using Beacon.Domain.Access;
using Beacon.Domain.Equality;
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

    /// <summary>What a committee paper carries of an assessment: its latest published version, or the draft before the first.</summary>
    public static async Task<EqualityImpactAssessmentReport> ForPaperAsync(
        BeaconDbContext db,
        EqualityImpactAssessment assessment,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var versions = await VersionsAsync(db, assessment.Id, cancellationToken);
        return versions.Count > 0 ? ReportOf(versions[^1]) : Report(assessment);
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
        // Publishing again after a change is the assessment's review.
        if (read.Version > 0)
        {
            assessment.ReviewedOn = today;
        }

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

    /// <summary>
    /// Creates the assessment (no <paramref name="reference"/>) or changes the one of that reference, audited. Each
    /// protected characteristic is kept, relevant or not, so the form always covers all nine.
    /// </summary>
    public async Task<Result<EqualityImpactAssessment>> SaveAsync(
        string? reference,
        EqualityAssessmentDraft draft,
        BeaconUser user,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(user);
        if (!AccessPolicy.Can(user, Permission.EditPerformance))
        {
            return Result.Failure("not-permitted", "Only a performance officer writes an equality impact assessment.");
        }

        EqualityImpactAssessment? assessment = null;
        if (reference is not null)
        {
            assessment = await db
                .EqualityAssessments.Include(a => a.Impacts)
                .SingleOrDefaultAsync(a => a.Reference == reference, cancellationToken);
            if (assessment is null)
            {
                return Result.Failure("not-found", $"There is no equality impact assessment {reference}.");
            }
        }

        var problems = new List<Problem>();
        var newReference = draft.Reference?.Trim() ?? "";
        if (assessment is null)
        {
            if (newReference.Length == 0)
            {
                problems.Add(new Problem("reference", "Enter the assessment's reference, for example EIA-2014-01"));
            }
            else if (await db.EqualityAssessments.AnyAsync(a => a.Reference == newReference, cancellationToken))
            {
                problems.Add(new Problem("reference", $"There is already an assessment {newReference}: give this one its own reference"));
            }
        }

        if (
            RequiredText.Missing(
                ("title", draft.Title, "Enter what is assessed"),
                ("department", draft.Department, "Enter the department"),
                ("division", draft.Division, "Enter the division"),
                ("section", draft.Section, "Enter the section"),
                ("owner", draft.Owner, "Enter the owner or officer"),
                ("function", draft.FunctionOrService, "Enter the function or service assessed"),
                ("information", draft.InformationAvailable, "Enter the information available"),
                ("gaps", draft.InformationGaps, "Enter the gaps in the information, or say there are none"),
                ("impact", draft.ImpactSummary, "Enter what the impact is"),
                ("justification", draft.OutcomeJustification, "Enter the justification for the outcome")
            ) is
            { } blank
        )
        {
            problems.AddRange(blank.Details);
        }

        if (draft.Subject is not { } subject || !Enum.IsDefined(subject))
        {
            problems.Add(new Problem("subject", "Select whether a proposal, a policy or a service is assessed"));
        }

        if (draft.Outcome is not { } outcome || !Enum.IsDefined(outcome))
        {
            problems.Add(new Problem("outcome", "Select the outcome of the assessment"));
        }

        if (draft.AssessedOn is null)
        {
            problems.Add(new Problem("assessed-on", "Enter the date the assessment was carried out"));
        }

        if (Result.Combine(problems) is { } problem)
        {
            return problem;
        }

        if (assessment is null)
        {
            assessment = new EqualityImpactAssessment { Reference = newReference };
            db.EqualityAssessments.Add(assessment);
        }

        assessment.Title = draft.Title!.Trim();
        assessment.Subject = draft.Subject!.Value;
        assessment.Department = draft.Department!.Trim();
        assessment.Division = draft.Division!.Trim();
        assessment.Section = draft.Section!.Trim();
        assessment.Owner = draft.Owner!.Trim();
        assessment.FunctionOrService = draft.FunctionOrService!.Trim();
        assessment.InformationAvailable = draft.InformationAvailable!.Trim();
        assessment.InformationGaps = draft.InformationGaps!.Trim();
        assessment.ImpactSummary = draft.ImpactSummary!.Trim();
        assessment.Outcome = draft.Outcome!.Value;
        assessment.OutcomeJustification = draft.OutcomeJustification!.Trim();
        assessment.AssessedOn = draft.AssessedOn!.Value;
        foreach (var characteristic in Enum.GetValues<ProtectedCharacteristic>())
        {
            var typed = draft.Impacts.FirstOrDefault(i => i.Characteristic == characteristic);
            var kept = assessment.Impacts.FirstOrDefault(i => i.Characteristic == characteristic);
            if (kept is null)
            {
                kept = new EqualityCharacteristicImpact { Characteristic = characteristic };
                assessment.Impacts.Add(kept);
            }

            kept.Relevant = typed?.Relevant ?? false;
            kept.Impact = string.IsNullOrWhiteSpace(typed?.Impact) ? null : typed.Impact.Trim();
        }

        db.AuditScope.Actor = user.UserName;
        db.AuditScope.Reason = reference is null ? "Written on the web" : "Changed on the web";
        await db.SaveChangesAsync(cancellationToken);
        return assessment;
    }

    /// <summary>Adds an action to the assessment's plan, after its others.</summary>
    public async Task<Result<EqualityAction>> AddActionAsync(
        string reference,
        EqualityActionDraft draft,
        BeaconUser user,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(user);
        if (!AccessPolicy.Can(user, Permission.EditPerformance))
        {
            return Result.Failure("not-permitted", "Only a performance officer adds an action to an equality impact assessment.");
        }

        if (
            await db.EqualityAssessments.Include(a => a.Actions).SingleOrDefaultAsync(a => a.Reference == reference, cancellationToken)
            is not { } assessment
        )
        {
            return Result.Failure("not-found", $"There is no equality impact assessment {reference}.");
        }

        var problems = new List<Problem>();
        if (
            RequiredText.Missing(
                ("action", draft.Action, "Enter the action identified"),
                ("officer", draft.ResponsibleOfficer, "Enter the responsible officer"),
                ("by-when", draft.ByWhen, "Enter by when, for example Sept 2014 or Quarterly review"),
                ("evaluation", draft.Evaluation, "Enter how the action will be evaluated")
            ) is
            { } blank
        )
        {
            problems.AddRange(blank.Details);
        }

        if (Result.Combine(problems) is { } problem)
        {
            return problem;
        }

        var action = new EqualityAction
        {
            Position = assessment.Actions.Count == 0 ? 1 : assessment.Actions.Max(a => a.Position) + 1,
            Action = draft.Action!.Trim(),
            ResponsibleOfficer = draft.ResponsibleOfficer!.Trim(),
            ByWhen = draft.ByWhen!.Trim(),
            Evaluation = draft.Evaluation!.Trim(),
            HighPriority = draft.HighPriority,
        };
        assessment.Actions.Add(action);
        db.AuditScope.Actor = user.UserName;
        db.AuditScope.Reason = "Action added on the web";
        await db.SaveChangesAsync(cancellationToken);
        return action;
    }

    private static string Snapshot(EqualityImpactAssessmentReport report) => JsonSerializer.Serialize(report, SnapshotOptions);

    private static string DocxDate(DateOnly date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}
