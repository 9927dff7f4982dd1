using Beacon.Data;
using Beacon.Data.Savings;
using Beacon.Domain.Performance;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Demo;

/// <summary>
/// The programme approved at the committee of 1 October 2013 (the seed's meeting) and three of its savings'
/// delivery in Q1 2014/15. The seed stops at the proposals: the delivery is invented for the demo.
/// </summary>
internal static class SavingsDeliveryDemo
{
    public static async Task SeedAsync(BeaconDbContext db, string code, CancellationToken cancellationToken)
    {
        var programme = await db.SavingsProgrammes.SingleAsync(p => p.Code == code, cancellationToken);
        if (programme.ApprovedOn is not null)
        {
            return;
        }

        programme.ApprovedOn = new DateOnly(2013, 10, 1);
        var options = await (
            from o in db.SavingOptions
            join c in db.SavingsCostCentres on o.CostCentreId equals c.Id
            where c.ProgrammeId == programme.Id
            select new
            {
                o.Id,
                c.Heading,
                o.Description,
            }
        ).ToListAsync(cancellationToken);
        (string Heading, string Description, decimal Planned, decimal Achieved, ProgressRating Rating, string Reason)[] deliveries =
        [
            (
                "EY Statutory Duties & Info Hub",
                "Reduce marketing budget £30K",
                30_000m,
                30_000m,
                ProgressRating.Green,
                "Budget removed from 1 April 2014."
            ),
            (
                "Commissioned Services - EIG",
                "Parenting - bring in house",
                26_250m,
                0m,
                ProgressRating.Amber,
                "TUPE consultation with Action for Children runs to July; the saving starts a quarter late."
            ),
            (
                "EIG South Locality",
                "1 Early Years Principal Practitioner",
                11_847m,
                11_847m,
                ProgressRating.Green,
                "Post deleted through voluntary redundancy."
            ),
        ];
        foreach (var d in deliveries)
        {
            if (options.FirstOrDefault(o => o.Heading == d.Heading && o.Description == d.Description) is { } option)
            {
                db.SavingDeliveries.Add(
                    new SavingDelivery
                    {
                        OptionId = option.Id,
                        Year = 2014,
                        Quarter = 1,
                        Planned = d.Planned,
                        Achieved = d.Achieved,
                        Rating = d.Rating,
                        Reason = d.Reason,
                        RecordedBy = "demo",
                    }
                );
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
