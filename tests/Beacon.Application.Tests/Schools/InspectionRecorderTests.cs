using Beacon.Application.Schools;
using Beacon.Data;
using Beacon.Data.Audit;
using Beacon.Data.Schools;
using Beacon.Domain.Schools;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Beacon.Application.Tests.Schools;

/// <summary>A monitoring visit recorded from Ofsted's letter: written once, audited, and not twice for the same day.</summary>
public sealed class InspectionRecorderTests
{
    [Theory]
    [BothDatabases]
    public async Task A_monitoring_visit_is_recorded_and_audited_and_the_same_visit_again_is_refused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(new DateTimeOffset(2013, 11, 1, 9, 0, 0, TimeSpan.Zero));
        var school = new School
        {
            Urn = 990001,
            Name = "Northmoor Primary",
            Phase = "Primary",
        };
        await using (var db = database.NewContext())
        {
            db.Schools.Add(school);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var visit = new InspectionEntry(
            InspectionTypes.Monitoring,
            new DateOnly(2013, 10, 15),
            null,
            "Progress is inadequate",
            null,
            null,
            null
        );
        await using (var db = database.NewContext(new AuditScope { Actor = "adviser" }, clock))
        {
            var recorded = await new InspectionRecorder(db, clock).RecordAsync(school, visit, TestContext.Current.CancellationToken);
            Assert.True(recorded.Succeeded);
        }

        await using (var db = database.NewContext(new AuditScope { Actor = "adviser" }, clock))
        {
            var again = await new InspectionRecorder(db, clock).RecordAsync(school, visit, TestContext.Current.CancellationToken);
            Assert.Equal(
                ("StartDate", "Northmoor Primary already has a monitoring visit on that date"),
                (again.Problem?.Code, again.Problem?.Message)
            );
        }

        await using var read = database.NewContext();
        var stored = await read.Inspections.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(
            (InspectionTypes.Monitoring, "Progress is inadequate", (int?)null),
            (stored.Type, stored.Outcome, stored.OverallEffectiveness)
        );
        var audit = await read.AuditEntries.SingleAsync(a => a.EntityType == "Inspection", TestContext.Current.CancellationToken);
        Assert.Equal(("adviser", "Recorded from Ofsted's monitoring letter"), (audit.Actor, audit.Reason));
    }
}
