using Beacon.Data;
using Beacon.Domain.Periods;
using Beacon.Domain.Savings;
using Beacon.Reports.Savings;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Savings;

/// <summary>Reads savings programmes and computes their schedules' totals, for the web, the command line and reports alike.</summary>
public static class SavingsSchedules
{
    public static async Task<SavingsSchedule?> LoadAsync(BeaconDbContext db, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var programme = await db.SavingsProgrammes.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (programme is null)
        {
            return null;
        }

        var centres = await db
            .SavingsCostCentres.AsNoTracking()
            .Include(c => c.Options)
                .ThenInclude(o => o.Deliveries)
            .Where(c => c.ProgrammeId == programme.Id)
            .OrderBy(c => c.Position)
            .ToListAsync(cancellationToken);
        foreach (var centre in centres)
        {
            centre.Options.Sort((a, b) => a.Number.CompareTo(b.Number));
        }

        var ratings = (await db.SavingRatings.AsNoTracking().OrderBy(r => r.Position).ToListAsync(cancellationToken))
            .Select(r => r.ToRating())
            .ToList();
        var totals = SavingsTotals.Of(
            centres.Select(c => c.Budget),
            centres.SelectMany(c => c.Options).Select(o => (o.NetSaving ?? 0, o.Rating)),
            ratings,
            programme.TargetSaving
        );
        return new SavingsSchedule(programme, centres, ratings, totals);
    }

    /// <summary>The schedule for print: the cost centre and its budget on its first line, then a line per option.</summary>
    public static SavingsScheduleReport Report(SavingsSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var lines = schedule
            .CostCentres.SelectMany(c =>
                c.Options.Count == 0
                    ? [new SavingsScheduleLine(c.Heading, c.Budget, null, null, null, null)]
                    : c.Options.Select(
                        (o, i) =>
                            new SavingsScheduleLine(c.Heading, i == 0 ? c.Budget : null, o.Number, o.Description, o.NetSaving, o.Rating)
                    )
            )
            .ToList();
        return new SavingsScheduleReport(
            schedule.Programme.Name,
            schedule.Programme.BudgetYear,
            schedule.Programme.TargetSaving,
            schedule.Programme.ReservesCarriedForward,
            lines,
            schedule.Ratings,
            schedule.Totals
        );
    }

    /// <summary>
    /// An approved programme's delivery in <paramref name="quarter"/>: each saving of a rating counted as proposed, with
    /// what was recorded for the quarter; none when the programme is not yet approved.
    /// </summary>
    public static SavingsDeliveryReport? Delivery(SavingsSchedule schedule, FinancialQuarter quarter)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (schedule.Programme.ApprovedOn is not { } approved)
        {
            return null;
        }

        var proposed = schedule.Ratings.Where(r => r.CountsAsProposed).Select(r => r.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var lines = schedule
            .CostCentres.SelectMany(c => c.Options.Select(o => (Centre: c, Option: o)))
            .Where(x => x.Option.Rating is { } rating && proposed.Contains(rating))
            .Select(x =>
            {
                var d = x.Option.Deliveries.FirstOrDefault(d => d.Year == quarter.StartYear && d.Quarter == quarter.Quarter);
                return new SavingDeliveryLine(
                    x.Option.Id,
                    x.Centre.Heading,
                    x.Option.Number,
                    x.Option.Description,
                    x.Option.NetSaving ?? 0,
                    x.Option.Rating!,
                    d?.Planned,
                    d?.Achieved,
                    d?.Rating,
                    d?.Reason
                );
            })
            .ToList();
        return new SavingsDeliveryReport(schedule.Programme.Name, schedule.Programme.BudgetYear, quarter.DisplayName, approved, lines);
    }
}
