using Beacon.Application.SectorLed;
using Beacon.Data;
using Beacon.Data.SocialCare;
using Beacon.Domain.SocialCare;
using Beacon.Testing;

namespace Beacon.Application.Tests.SectorLed;

/// <summary>Proportionate inspection across a region (seed 004, 17.5): each authority's next inspection, soonest first.</summary>
public sealed class InspectionCalendarTests
{
    [Theory]
    [BothDatabases]
    public async Task Each_authority_of_the_region_is_due_by_its_latest_judgement_soonest_first_and_the_never_judged_last(
        DatabaseProvider provider
    )
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
        {
            db.AuthorityInspections.AddRange(
                Judged("805", new DateOnly(2022, 1, 10), "Good"),
                Judged("806", new DateOnly(2025, 6, 1), "Inadequate"),
                Judged("806", new DateOnly(2019, 6, 1), "Good"),
                Judged("390", new DateOnly(2024, 2, 1), "Requires improvement to be good"),
                // In another region: not on the North East's calendar.
                Judged("201", new DateOnly(2023, 1, 1), "Outstanding")
            );
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var reader = database.NewContext();
        var calendar = await InspectionCalendar.ForAsync(
            reader,
            "E12000001",
            new InspectionIntervals(),
            new DateOnly(2026, 11, 2),
            TestContext.Current.CancellationToken
        );

        Assert.Equal(12, calendar.Count);
        Assert.Equal(
            [
                "Middlesbrough Re-inspection 2026-12-01",
                "Hartlepool Short inspection 2027-01-10",
                "Gateshead Standard inspection 2027-02-01",
            ],
            calendar.Take(3).Select(e => $"{e.Authority.Name} {e.Next!.Kind} {e.Next.DueBy:yyyy-MM-dd}")
        );
        Assert.Equal(5, calendar[0].Next!.MonitoringVisits.Count);
        Assert.All(calendar.Skip(3), e => Assert.Null(e.Next));
    }

    private static AuthorityInspection Judged(string authority, DateOnly date, string judgement) =>
        new()
        {
            Authority = authority,
            Date = date,
            Type = "ILACS",
            OverallEffectiveness = judgement,
        };
}
