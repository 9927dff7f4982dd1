using Beacon.Application.Schools;
using Beacon.Data;
using Beacon.Data.Schools;
using Beacon.Domain.Schools;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Tests.Schools;

/// <summary>What officers add to a school's record: its SIP link officer, and an inspection's strengths from the report.</summary>
public sealed class SchoolRecorderTests
{
    [Theory]
    [BothDatabases]
    public async Task A_link_officer_is_named_or_cleared_and_an_inspections_strengths_lose_their_bullets(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var token = TestContext.Current.CancellationToken;
        await using var db = database.NewContext();
        db.Schools.Add(
            new School
            {
                Urn = 990001,
                Name = "Northmoor",
                Phase = "Primary",
            }
        );
        var inspection = new Inspection
        {
            Urn = 990001,
            StartDate = new DateOnly(2013, 5, 14),
            Type = InspectionTypes.Graded,
            Scale = InspectionTypes.FourPoint,
            OverallEffectiveness = 2,
        };
        db.Inspections.Add(inspection);
        await db.SaveChangesAsync(token);
        var recorder = new SchoolRecorder(db);

        Assert.True((await recorder.SetLinkOfficerAsync(990001, " A. Adviser ", token)).Succeeded);
        Assert.Equal(SchoolRecorder.NotFound, (await recorder.SetLinkOfficerAsync(1, "x", token)).Problem!.Code);
        Assert.True(
            (await recorder.DescribeInspectionAsync(inspection.Id, "- Good teaching\r\n• Strong leaders\n\n", "  ", token)).Succeeded
        );

        await using var read = database.NewContext();
        Assert.Equal("A. Adviser", (await read.Schools.SingleAsync(token)).LinkOfficer);
        var described = await read.Inspections.SingleAsync(token);
        Assert.Equal(("Good teaching\nStrong leaders", (string?)null), (described.Strengths, described.AreasForImprovement));
    }
}
