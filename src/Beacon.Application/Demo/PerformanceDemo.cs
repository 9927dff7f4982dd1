using System.Text.Json;
using Beacon.Data;
using Beacon.Data.Performance;
using Beacon.Domain;
using Beacon.Domain.Performance;
using Beacon.Domain.Periods;
using Beacon.Domain.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Demo;

/// <summary>
/// The performance framework of Halton's Q1 2013/14 report (seed 001): its lead officers, business areas,
/// milestones, supporting commentary and narrative sections as published. The published traffic lights and indicator tables did
/// not survive in the source text, so the indicators, their values and the milestone ratings here are
/// invented for the demonstration and say so.
/// </summary>
internal static class PerformanceDemo
{
    public static readonly FinancialQuarter Quarter = new(2013, 1);

    private const string DemoNote = "Demonstration rating: the published symbol did not survive in the source text.";

    public static async Task SeedAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        if (await db.LeadOfficers.AnyAsync(cancellationToken))
        {
            return;
        }

        db.LeadOfficers.AddRange(
            new LeadOfficer
            {
                Initials = "AMc",
                Name = "Ann McIntyre",
                Title = "Operational Director, Children's Organisation and Provision Service (COPS)",
            },
            new LeadOfficer
            {
                Initials = "SN",
                Name = "Steve Nyakatawa",
                Title = "Operational Director, Learning and Achievement Service (LAS)",
            },
            new LeadOfficer
            {
                Initials = "TC",
                Name = "Tracey Coffey",
                Title = "Operational Director, Children and Families Service (CFS)",
            }
        );

        await using var stream = typeof(PerformanceDemo).Assembly.GetManifestResourceStream("demo-performance.json")!;
        var report = (await JsonSerializer.DeserializeAsync<DemoReport>(stream, JsonOptions, cancellationToken))!;
        var order = 0;
        foreach (var source in report.Areas)
        {
            var area = new BusinessArea { Name = source.Name, SortOrder = ++order };
            db.BusinessAreas.Add(area);
            await db.SaveChangesAsync(cancellationToken);
            await AddMilestonesAsync(db, area, source, cancellationToken);
        }

        await AddIndicatorsAsync(db, cancellationToken);
        var sort = 0;
        db.Narratives.AddRange(
            report.Narratives.Select(n => new NarrativeSection
            {
                Year = Quarter.StartYear,
                Quarter = Quarter.Quarter,
                Kind = n.Kind,
                Title = n.Title,
                Body = n.Body,
                SortOrder = ++sort,
            })
        );
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task AddMilestonesAsync(
        BeaconDbContext db,
        BusinessArea area,
        DemoArea source,
        CancellationToken cancellationToken
    )
    {
        var milestones = source
            .Milestones.Select(
                (m, i) =>
                    new Milestone
                    {
                        BusinessAreaId = area.Id,
                        ObjectiveReference = m.Ref,
                        Text = m.Text,
                        LeadOfficerInitials = InitialsFor(m.Ref),
                        DueDate = new DateOnly(2014, 3, 31),
                        SortOrder = i + 1,
                    }
            )
            .ToList();
        db.Milestones.AddRange(milestones);
        await db.SaveChangesAsync(cancellationToken);

        // Commentary follows its milestones in the published order: each paragraph goes to the next milestone
        // of its objective that has none yet, or to the last one of that objective.
        var commented = new HashSet<int>();
        foreach (var comment in source.Commentary)
        {
            var candidates = milestones.Where(m => m.ObjectiveReference == comment.Ref).ToList();
            var milestone = candidates.FirstOrDefault(m => !commented.Contains(m.Id)) ?? candidates.LastOrDefault();
            if (milestone is null)
            {
                continue;
            }

            commented.Add(milestone.Id);
            milestone.LeadOfficerInitials = comment.Initials;
            db.Commentaries.Add(
                new Commentary
                {
                    SubjectType = nameof(JudgementSubject.Milestone),
                    SubjectId = milestone.Id,
                    Year = Quarter.StartYear,
                    Quarter = Quarter.Quarter,
                    Text = comment.Text,
                    Initials = comment.Initials,
                }
            );
        }

        foreach (var milestone in milestones)
        {
            var revise = milestone.ObjectiveReference == "CFS1";
            db.ProgressJudgements.Add(
                new ProgressJudgement
                {
                    SubjectType = nameof(JudgementSubject.Milestone),
                    SubjectId = milestone.Id,
                    Year = Quarter.StartYear,
                    Quarter = Quarter.Quarter,
                    Rating = (revise ? ProgressRating.Amber : ProgressRating.Green),
                    Reason = revise ? "The milestone needs to be revised (commentary). " + DemoNote : DemoNote,
                    DecidedBy = "demo-seeder",
                    DecidedAtUtc = new DateTime(2013, 7, 31, 12, 0, 0, DateTimeKind.Utc),
                }
            );
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task AddIndicatorsAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        var areas = await db.BusinessAreas.OrderBy(a => a.SortOrder).ToListAsync(cancellationToken);
        var indicators = new (
            string Reference,
            string Title,
            int Area,
            string Lead,
            IndicatorUnit Unit,
            Polarity Polarity,
            Accumulation Accumulation,
            decimal Target,
            string[] Values
        )[]
        {
            (
                "COPS 01",
                "Eligible two-year-olds taking up free early education (demonstration)",
                0,
                "AMc",
                IndicatorUnit.Number,
                Polarity.HigherIsBetter,
                Accumulation.Cumulative,
                600,
                ["120", "260", "390", "540", "170"]
            ),
            (
                "CFS 01",
                "Single assessments completed within 45 working days, % (demonstration)",
                1,
                "TC",
                IndicatorUnit.Percentage,
                Polarity.HigherIsBetter,
                Accumulation.Snapshot,
                80,
                ["72", "74", "75", "77", "78"]
            ),
            (
                "CFS 02",
                "Child protection plans that are a second or subsequent plan, % (demonstration)",
                1,
                "TC",
                IndicatorUnit.Percentage,
                Polarity.LowerIsBetter,
                Accumulation.Snapshot,
                15,
                ["18", "17", "17", "16", "19"]
            ),
            (
                "LAS 01",
                "Primary schools judged good or outstanding, % (demonstration)",
                2,
                "SN",
                IndicatorUnit.Percentage,
                Polarity.HigherIsBetter,
                Accumulation.Snapshot,
                85,
                ["78", "79", "80", "80", "80"]
            ),
            (
                "LAS 02",
                "Persistent absence in secondary schools, % (demonstration)",
                2,
                "SN",
                IndicatorUnit.Percentage,
                Polarity.LowerIsBetter,
                Accumulation.Snapshot,
                7.5m,
                ["8.4", "8.1", "8.0", "7.9", "c"]
            ),
        };
        foreach (var source in indicators)
        {
            var indicator = new Indicator
            {
                Reference = source.Reference,
                Title = source.Title,
                BusinessAreaId = areas[source.Area].Id,
                LeadOfficerInitials = source.Lead,
                Unit = source.Unit.ToString(),
                Polarity = source.Polarity,
                Accumulation = source.Accumulation,
                DataSource = "Demonstration data",
                SameWithin = source.Unit == IndicatorUnit.Percentage ? 0.5m : 0,
            };
            db.Indicators.Add(indicator);
            await db.SaveChangesAsync(cancellationToken);
            db.IndicatorTargets.Add(
                new IndicatorTarget
                {
                    IndicatorId = indicator.Id,
                    Year = 2012,
                    AnnualTarget = source.Target,
                }
            );
            db.IndicatorTargets.Add(
                new IndicatorTarget
                {
                    IndicatorId = indicator.Id,
                    Year = 2013,
                    AnnualTarget = source.Target,
                }
            );
            var quarter = new FinancialQuarter(2012, 1);
            foreach (var cell in source.Values)
            {
                if (!StatisticValue.TryParse(cell, out var value))
                {
                    throw new InvalidOperationException($"Demo value '{cell}' is not a figure.");
                }

                db.IndicatorValues.Add(
                    new IndicatorValue
                    {
                        IndicatorId = indicator.Id,
                        Year = quarter.StartYear,
                        Quarter = quarter.Quarter,
                        Value = value.Number,
                        Symbol = value.Suppression is { } s ? StatisticValue.SymbolOf(s) : null,
                    }
                );
                quarter = quarter.Next;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static string InitialsFor(string reference) =>
        reference.StartsWith("COPS", StringComparison.Ordinal) ? "AMc"
        : reference.StartsWith("LAS", StringComparison.Ordinal) ? "SN"
        : "TC";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private sealed record DemoReport(string Quarter, List<DemoArea> Areas, List<DemoNarrative> Narratives);

    private sealed record DemoNarrative(NarrativeKind Kind, string Title, string Body);

    private sealed record DemoArea(string Name, List<DemoMilestone> Milestones, List<DemoComment> Commentary);

    private sealed record DemoMilestone(string Ref, string Text);

    private sealed record DemoComment(string Ref, string Text, string Initials);
}
