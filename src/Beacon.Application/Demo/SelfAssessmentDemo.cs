using Beacon.Application.SectorLed;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Domain.SectorLed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Application.Demo;

/// <summary>
/// The demo authority's ILACS self-assessment for 2013/14, written from what its papers say (seeds 000 to 003),
/// signed off by its director, chief executive and lead member, shared with the North East's panel, and moderated.
/// </summary>
public static class SelfAssessmentDemo
{
    public const string Title = "Children's services self-assessment (demonstration)";

    private static readonly (string Area, string Grade, string Narrative)[] Areas =
    [
        (
            "leaders",
            "Good",
            "Leaders know their services: the quarterly performance report tracks every milestone and indicator against target, and the directorate's risks are reviewed each quarter. Referral rates are close to our statistical neighbours'."
        ),
        (
            "help-and-protection",
            "Requires improvement to be good",
            "Re-referrals within a year remain above England's rate, and too many child protection plans are second or subsequent plans. Assessment timeliness has improved since the Annex A audit, but not yet enough."
        ),
        (
            "children-in-care",
            "Good",
            "Children in care are stable in their placements; the fostering service's recruitment is on plan. Attainment at key stage 2 is close to neighbours' but behind England's."
        ),
        (
            "care-leavers",
            "Good",
            "Almost all care leavers are in touch with the service, and most are in suitable accommodation; the proportion in education, employment or training is our priority for the coming year."
        ),
        ("overall", "Good", "Good overall, with help and protection the area that most needs to improve: it leads the improvement plan."),
    ];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
            if (await db.SelfAssessments.AnyAsync(cancellationToken))
            {
                return;
            }

            db.AuditScope.Actor = DemoSeeder.UserNameFor(BeaconRole.PerformanceOfficer);
            var recorder = scope.ServiceProvider.GetRequiredService<SelfAssessmentRecorder>();
            var officer = Person(BeaconRole.PerformanceOfficer, OrganisationScope.Home);
            var id = (await recorder.StartAsync(officer, AssessmentFrameworks.Ilacs, Title, "2013/14", cancellationToken)).Value;
            foreach (var (area, grade, narrative) in Areas)
            {
                var suggested = AssessmentFrameworks.Find(AssessmentFrameworks.Ilacs)!.Area(area)!.SuggestedIndicators;
                DemoSteps.Check(await recorder.SaveAreaAsync(officer, id, area, grade, narrative, suggested, cancellationToken));
            }

            foreach (var role in AccessPolicy.SignOffRoles)
            {
                db.AuditScope.Actor = DemoSeeder.UserNameFor(role);
                DemoSteps.Check(await recorder.SignAsync(Person(role, OrganisationScope.Home), id, role, cancellationToken));
            }

            db.AuditScope.Actor = officer.UserName;
            DemoSteps.Check(await recorder.ShareWithRegionAsync(officer, id, cancellationToken));
        }

        // The panel writes as its alliance, in a unit of work of its own.
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
            var moderator = Person(BeaconRole.RegionalModerator, await RegionDemo.AllianceIdAsync(db));
            (db.AuditScope.Actor, db.AuditScope.OrganisationId) = (moderator.UserName, moderator.OrganisationId);
            var panel = scope.ServiceProvider.GetRequiredService<SelfAssessmentModerator>();
            var shared = (await panel.SharedAsync(moderator, cancellationToken)).Single();
            DemoSteps.Check(
                await panel.ModerateAsync(
                    moderator,
                    shared.Assessment.Id,
                    "help-and-protection",
                    "Requires improvement to be good",
                    "The panel tested the re-referral and repeat-plan figures against the audit findings: they bear the grade out. Agreed.",
                    cancellationToken
                )
            );
            DemoSteps.Check(
                await panel.ModerateAsync(
                    moderator,
                    shared.Assessment.Id,
                    "overall",
                    "Requires improvement to be good",
                    "With help and protection requiring improvement, and its plan only begun, the panel does not yet see a good service overall.",
                    cancellationToken
                )
            );
        }
    }

    private static BeaconUser Person(BeaconRole role, int organisation) =>
        new(DemoSeeder.UserNameFor(role), new HashSet<BeaconRole> { role }, OrganisationId: organisation);
}
