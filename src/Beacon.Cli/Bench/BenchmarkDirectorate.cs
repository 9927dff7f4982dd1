using Beacon.Data;
using Beacon.Data.Performance;
using Beacon.Domain;
using Beacon.Domain.Performance;
using Beacon.Domain.Periods;

namespace Beacon.Cli.Bench;

/// <summary>A generated directorate for benchmarks: indicators over six business areas, with values, targets and commentary from 2013 to the last quarter.</summary>
internal static class BenchmarkDirectorate
{
    public static async Task FillAsync(BeaconDbContext db, int indicators, FinancialQuarter last, CancellationToken cancellationToken)
    {
        var random = new Random(20261123);
        var areas = Enumerable.Range(1, 6).Select(i => new BusinessArea { Name = $"Business area {i}", SortOrder = i }).ToList();
        db.BusinessAreas.AddRange(areas);
        db.LeadOfficers.Add(
            new LeadOfficer
            {
                Initials = "BO",
                Name = "Bench Officer",
                Title = "Operational Director",
            }
        );
        await db.SaveChangesAsync(cancellationToken);
        for (var i = 0; i < indicators; i++)
        {
            var indicator = new Indicator
            {
                Reference = $"IND {i + 1:D3}",
                Title = $"Benchmark indicator {i + 1}",
                BusinessAreaId = areas[i % areas.Count].Id,
                LeadOfficerInitials = "BO",
                Unit = "Percentage",
                Polarity = i % 3 == 0 ? Polarity.LowerIsBetter : Polarity.HigherIsBetter,
                Accumulation = i % 4 == 0 ? Accumulation.Cumulative : Accumulation.Snapshot,
            };
            db.Indicators.Add(indicator);
            await db.SaveChangesAsync(cancellationToken);
            for (var year = 2013; year <= last.StartYear; year++)
            {
                db.IndicatorTargets.Add(
                    new IndicatorTarget
                    {
                        IndicatorId = indicator.Id,
                        Year = year,
                        AnnualTarget = 60 + random.Next(30),
                    }
                );
                for (var q = 1; q <= 4; q++)
                {
                    db.IndicatorValues.Add(
                        new IndicatorValue
                        {
                            IndicatorId = indicator.Id,
                            Year = year,
                            Quarter = q,
                            Value = 40 + random.Next(60),
                        }
                    );
                }
            }

            db.Commentaries.Add(
                new Commentary
                {
                    SubjectType = "Indicator",
                    SubjectId = indicator.Id,
                    Year = last.StartYear,
                    Quarter = last.Quarter,
                    Text = "Performance is being monitored monthly.",
                    Initials = "BO",
                }
            );
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
