using System.Globalization;
using System.Text;
using Beacon.Application.Imports;
using Beacon.Application.SectorLed;
using Beacon.Data;
using Beacon.Data.Organisations;
using Beacon.Domain.Access;
using Beacon.Domain.Periods;
using Beacon.Domain.SectorLed;
using Beacon.Import.SectorLed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Application.Demo;

/// <summary>
/// The alliance's quarterly core dataset in the demo: a closed call two quarters back, which nine of the twelve
/// authorities returned (Hartlepool on time, Middlesbrough three days late), and an open call for last quarter,
/// due four weeks from today, which nobody has returned yet. The figures are made up, each authority's its own.
/// </summary>
public static class CoreDatasetDemo
{
    private const string Dataset = "ne-quarterly";

    // Days before (negative) or after the deadline each returning authority made its return; three never did.
    private static readonly Dictionary<string, int> ReturnedDaysAfterDeadline = new(StringComparer.Ordinal)
    {
        [RegionDemo.HomeLaCode] = -5,
        [RegionDemo.OtherLaCode] = 3,
        ["390"] = -2,
        ["391"] = -1,
        ["392"] = -7,
        ["393"] = 0,
        ["394"] = -3,
        ["840"] = -4,
        ["807"] = -6,
    };

    private static readonly Dictionary<string, string> HomeNarratives = new(StringComparer.Ordinal)
    {
        ["rereferral_pct"] =
            "Re-referrals rose after the front door's restructure; the audit of the quarter's repeat referrals goes to the improvement board in the next quarter.",
        ["care_leavers_eet_pct"] =
            "The care leavers' apprenticeship scheme with the council's own services took its first twelve young people this quarter.",
        ["sw_agency_pct"] = "Agency use is the lowest in the region since the social work academy's second cohort qualified.",
    };

    // Where each indicator's figures usually fall for an English authority, so that the made-up returns look like returns.
    private static readonly Dictionary<string, (decimal Low, decimal High)> Typical = new(StringComparer.Ordinal)
    {
        ["referral_rate"] = (350, 900),
        ["rereferral_pct"] = (12, 35),
        ["assessments_45_days_pct"] = (70, 98),
        ["cin_rate"] = (280, 600),
        ["cpp_rate"] = (30, 90),
        ["cpp_second_pct"] = (15, 35),
        ["cpp_reviews_on_time_pct"] = (85, 100),
        ["cla_rate"] = (60, 180),
        ["cla_three_placements_pct"] = (5, 15),
        ["care_leavers_eet_pct"] = (40, 75),
        ["care_leavers_accommodation_pct"] = (80, 98),
        ["sw_vacancy_pct"] = (5, 30),
        ["sw_agency_pct"] = (5, 30),
        ["sw_caseload"] = (12, 24),
    };

    public static async Task SeedAsync(IServiceProvider services, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var current = FinancialQuarter.Current(clock);
        var (closed, open) = (current.Previous.Previous, current.Previous);
        var closedDeadline = closed.LastDay.AddMonths(1);
        List<Organisation> authorities;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
            var alliance = await RegionDemo.AllianceIdAsync(db);
            var officer = new BeaconUser(
                "demo-regional-moderator",
                new HashSet<BeaconRole> { BeaconRole.RegionalModerator },
                OrganisationId: alliance
            );
            (db.AuditScope.Actor, db.AuditScope.OrganisationId) = (officer.UserName, alliance);
            if (await db.CoreDatasetCollections.AnyAsync(cancellationToken))
            {
                return;
            }

            var region = scope.ServiceProvider.GetRequiredService<CoreDatasetRegion>();
            DemoSteps.Check(await region.OpenAsync(officer, Dataset, closed.ToString(), closedDeadline, cancellationToken));
            DemoSteps.Check(
                await region.OpenAsync(officer, Dataset, open.ToString(), DateOnly.FromDateTime(now).AddDays(28), cancellationToken)
            );
            using var across = db.AcrossOrganisations();
            authorities = await db
                .Organisations.AsNoTracking()
                .Where(o => o.Kind == OrganisationKind.Authority && o.RegionCode == RegionDemo.RegionCode)
                .ToListAsync(cancellationToken);
        }

        var dataset = CoreDatasets.Find(Dataset)!;
        foreach (var authority in authorities.Where(a => ReturnedDaysAfterDeadline.ContainsKey(a.LaCode!)))
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
            var officer = new BeaconUser(
                authority.Id == Organisation.Home
                    ? DemoSeeder.UserNameFor(BeaconRole.PerformanceOfficer)
                    : $"{authority.Name.Replace(" Council (demonstration)", "", StringComparison.Ordinal).Replace(' ', '-').ToLowerInvariant()}-performance-officer",
                new HashSet<BeaconRole> { BeaconRole.PerformanceOfficer },
                OrganisationId: authority.Id
            );
            (db.AuditScope.Actor, db.AuditScope.OrganisationId) = (officer.UserName, authority.Id);
            var path = Path.Combine(Path.GetTempPath(), $"beacon-demo-core-dataset-{authority.LaCode}-{Guid.NewGuid():N}.csv");
            await File.WriteAllTextAsync(path, Return(dataset, authority), cancellationToken);
            try
            {
                var imported = await scope
                    .ServiceProvider.GetRequiredService<FileImporter>()
                    .RunAsync(
                        officer,
                        new FileToImport(CoreDatasetFormat.FormatName, path, $"core-dataset-{closed}.csv", closed.ToString()),
                        null,
                        cancellationToken
                    );
                if (!imported.Succeeded || !imported.Value.Succeeded)
                {
                    throw new InvalidOperationException($"The demo's core dataset return for {authority.Name} was refused");
                }
            }
            finally
            {
                File.Delete(path);
            }

            // Dated as if made around the deadline, as the demo's story has it.
            var made = closedDeadline
                .ToDateTime(new TimeOnly(15, 0), DateTimeKind.Utc)
                .AddDays(ReturnedDaysAfterDeadline[authority.LaCode!]);
            var submission = await db.CoreDatasetSubmissions.SingleAsync(cancellationToken);
            (submission.FirstSubmittedAtUtc, submission.LastSubmittedAtUtc) = (made, made);
            db.AuditScope.Reason = "Dated as the demonstration's story has it";
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    // Figures that differ by authority but stay the same from one demo to the next.
    private static string Return(CoreDataset dataset, Organisation authority)
    {
        var seed = int.Parse(authority.LaCode!, CultureInfo.InvariantCulture);
        var csv = new StringBuilder("indicator,value,narrative\n");
        foreach (var (indicator, i) in dataset.Indicators.Select((x, i) => (x, i)))
        {
            var share = ((seed * 37) + (i * 53)) % 100 / 100m;
            var (low, high) = Typical[indicator.Code];
            var value = Math.Round(low + ((high - low) * share), 1);
            var narrative = authority.Id == Organisation.Home ? HomeNarratives.GetValueOrDefault(indicator.Code, "") : "";
            csv.Append(CultureInfo.InvariantCulture, $"{indicator.Code},{value.ToString(CultureInfo.InvariantCulture)},\"{narrative}\"\n");
        }

        return csv.ToString();
    }
}
