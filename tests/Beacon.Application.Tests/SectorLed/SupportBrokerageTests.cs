using Beacon.Application.SectorLed;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Domain.SectorLed;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Beacon.Application.Tests.SectorLed;

/// <summary>An authority's own performance risks (seed 004), shared with its region, which brokers support for them.</summary>
public sealed class SupportBrokerageTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [BothDatabases]
    public async Task The_region_brokers_support_only_for_a_risk_its_own_authority_shared_and_the_authority_sees_the_package(
        DatabaseProvider provider
    )
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var region = await TestRegion.CreateAsync(database);
        var officer = TestRegion.Person(BeaconRole.PerformanceOfficer, region.Authority);
        int kept,
            shared;
        await using (var db = database.NewContext(TestRegion.Acting(region.Authority)))
        {
            var recorder = new PerformanceRiskRecorder(db, Clock);
            kept = (await recorder.RaiseAsync(officer, "Kept", "The authority's alone.", null, Token)).Value;
            shared = (await recorder.RaiseAsync(officer, "Shared", "Re-referrals are rising.", "rereferral_pct", Token)).Value;
            Assert.True((await recorder.ShareAsync(officer, shared, Token)).Succeeded);
            Assert.True(
                (
                    await recorder.RecordInterventionAsync(officer, InterventionKind.ImprovementNotice, new DateOnly(2026, 6, 1), "", Token)
                ).Succeeded
            );
        }

        var broker = TestRegion.Person(BeaconRole.RegionalModerator, region.Panel);
        await using (var panel = database.NewContext(TestRegion.Acting(region.Panel)))
        {
            var brokerage = new SupportBroker(panel, Clock);
            var seen = Assert.Single(await brokerage.SharedAsync(broker, Token));
            Assert.Equal(
                ("Shared", "Hartlepool", InterventionKind.ImprovementNotice),
                (seen.Risk.Title, seen.Authority.Name, seen.Intervention!.Kind)
            );
            Assert.Null(await brokerage.FindAsync(broker, kept, Token));
            var refused = await brokerage.BrokerAsync(
                broker,
                shared,
                "",
                "",
                -1,
                new DateOnly(2026, 12, 1),
                new DateOnly(2026, 11, 1),
                Token
            );
            Assert.Equal(["Provider", "Scope", "Cost", "ends-on"], refused.Problem!.Details.Select(d => d.Code));
            var package = await brokerage.BrokerAsync(
                broker,
                shared,
                "Sunderland",
                "A joint audit of repeat referrals.",
                18_500,
                new DateOnly(2026, 11, 1),
                new DateOnly(2027, 1, 31),
                Token
            );
            Assert.True((await brokerage.RecordOutcomeAsync(broker, shared, package.Value, "Re-referrals fell.", Token)).Succeeded);
            Assert.Equal(
                ["Support brokered for Hartlepool: Sunderland, £18,500", "Outcome of the support recorded"],
                await panel
                    .AuditEntries.Where(a => a.EntityType == "SupportPackage")
                    .OrderBy(a => a.Id)
                    .Select(a => a.Reason)
                    .ToListAsync(Token)
            );
        }

        await using (var otherPanel = database.NewContext(TestRegion.Acting(region.OtherPanel)))
        {
            Assert.Empty(
                await new SupportBroker(otherPanel, Clock).SharedAsync(
                    TestRegion.Person(BeaconRole.RegionalModerator, region.OtherPanel),
                    Token
                )
            );
        }

        await using (var db = database.NewContext(TestRegion.Acting(region.Authority)))
        {
            var register = await new PerformanceRiskRecorder(db, Clock).RegisterAsync(officer, Token);
            var package = Assert.Single(register.Risks.Single(r => r.Risk.Id == shared).Packages);
            Assert.Equal((18_500m, "Re-referrals fell."), (package.Cost, package.Outcome));
            Assert.Equal(InterventionKind.ImprovementNotice, register.Intervention!.Kind);
        }

        await using var neighbour = database.NewContext(TestRegion.Acting(region.OtherAuthority));
        var theirs = await new PerformanceRiskRecorder(neighbour, Clock).RegisterAsync(
            TestRegion.Person(BeaconRole.PerformanceOfficer, region.OtherAuthority),
            Token
        );
        Assert.Empty(theirs.Risks);
        Assert.Null(theirs.Intervention);
    }
}
