using Beacon.Application.SectorLed;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Domain.SectorLed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Application.Demo;

/// <summary>
/// The demo authority's performance risks: one it keeps to itself, one on re-referrals (its profile's early warning)
/// shared with the region, for which the alliance brokers a partner authority's support, with its outcome; and no
/// intervention since April of this year.
/// </summary>
public static class PerformanceRiskDemo
{
    public const string SharedTitle = "Re-referrals within a year are rising above neighbours'";

    public static async Task SeedAsync(IServiceProvider services, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        int shared;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
            if (await db.PerformanceRisks.AnyAsync(cancellationToken))
            {
                return;
            }

            var officer = new BeaconUser(
                DemoSeeder.UserNameFor(BeaconRole.PerformanceOfficer),
                new HashSet<BeaconRole> { BeaconRole.PerformanceOfficer }
            );
            db.AuditScope.Actor = officer.UserName;
            var recorder = scope.ServiceProvider.GetRequiredService<PerformanceRiskRecorder>();
            DemoSteps.Check(
                await recorder.RecordInterventionAsync(
                    officer,
                    InterventionKind.None,
                    new DateOnly(today.Year, 4, 1),
                    "",
                    cancellationToken
                )
            );
            DemoSteps.Check(
                await recorder.RaiseAsync(
                    officer,
                    "Care leavers' education, employment and training falls behind England's",
                    "Fewer care leavers aged 19 to 21 are in education, employment or training than England's average; the apprenticeship scheme is new and small.",
                    null,
                    cancellationToken
                )
            );
            shared = DemoSteps.Check(
                await recorder.RaiseAsync(
                    officer,
                    SharedTitle,
                    "Re-referrals within twelve months have risen for three quarters since the front door's restructure and are now above our statistical neighbours' average. Left alone, children will go on coming back to the service with the same needs.",
                    "rereferral_pct",
                    cancellationToken
                )
            );
            DemoSteps.Check(await recorder.ShareAsync(officer, shared, cancellationToken));
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
            var broker = new BeaconUser(
                "demo-regional-moderator",
                new HashSet<BeaconRole> { BeaconRole.RegionalModerator },
                OrganisationId: await RegionDemo.AllianceIdAsync(db)
            );
            (db.AuditScope.Actor, db.AuditScope.OrganisationId) = (broker.UserName, broker.OrganisationId);
            var brokerage = scope.ServiceProvider.GetRequiredService<SupportBroker>();
            var package = DemoSteps.Check(
                await brokerage.BrokerAsync(
                    broker,
                    shared,
                    "Sunderland's children's services, the region's sector-led improvement partner for the front door",
                    "Six days of a practice lead's time: a joint audit of thirty repeat referrals, a review of the front door's threshold decisions, and coaching for its team managers.",
                    18_500,
                    today.AddMonths(-4),
                    today.AddMonths(-1),
                    cancellationToken
                )
            );
            DemoSteps.Check(
                await brokerage.RecordOutcomeAsync(
                    broker,
                    shared,
                    package,
                    "The audit found step-down plans closed before the family's support had started; the front door now checks each one, and re-referrals fell in the last quarter.",
                    cancellationToken
                )
            );
        }
    }
}
