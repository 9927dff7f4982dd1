using Beacon.Application.SocialCare;
using Beacon.Data;
using Beacon.Data.Audit;
using Beacon.Domain.SocialCare;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Beacon.Application.Tests.SocialCare;

/// <summary>A flexible-assessment direction recorded with who and why, then reviewed, and in force for the measures.</summary>
public sealed class FlexibleTimescaleRecorderTests
{
    [Theory]
    [BothDatabases]
    public async Task A_direction_needs_who_and_why_is_audited_with_its_reason_and_its_review_is_kept(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var token = TestContext.Current.CancellationToken;
        await using var db = database.NewContext(new AuditScope { Actor = "manager" }, clock);
        var recorder = new FlexibleTimescaleRecorder(db, clock);

        var refused = await recorder.DirectAsync(new("C1001", FlexibleDecision.AssessmentTimescale, 0, null, " ", null), token);
        Assert.Equal(["WorkingDays", "DecidedBy", "Reason"], refused.Problem!.Details.Select(d => d.Code));
        var noDate = await recorder.DirectAsync(new("C1001", FlexibleDecision.ConferenceDate, null, null, "Manager", "Why"), token);
        Assert.Equal("ConferenceOn", noDate.Problem!.Code);
        var id = (
            await recorder.DirectAsync(
                new(" C1001 ", FlexibleDecision.AssessmentTimescale, 60, null, "Team manager", "Specialist assessment of the parent"),
                token
            )
        ).Value;
        var conference = new DateOnly(2026, 12, 18);
        Assert.True(
            (
                await recorder.DirectAsync(
                    new("C1001", FlexibleDecision.ConferenceDate, 60, conference, "Social work manager", "Father abroad"),
                    token
                )
            ).Succeeded
        );
        Assert.Equal("note", (await recorder.ReviewAsync(id, "", "manager", token)).Problem!.Code);
        Assert.True((await recorder.ReviewAsync(id, "Assessment on track", "manager", token)).Succeeded);
        Assert.Equal(FlexibleTimescaleRecorder.NotFound, (await recorder.ReviewAsync(id + 100, "x", "manager", token)).Problem!.Code);

        await using var read = database.NewContext();
        var inForce = await Data.SocialCare.FlexibleTimescales.InForceAsync(read, token);
        // The child's assessment timescale and conference date are both in force; a conference date keeps no days.
        Assert.Equal(60, inForce.Assessments["C1001"].WorkingDays);
        Assert.Equal(
            (conference, (int?)null),
            (inForce.Conferences["C1001"].ConferenceOn!.Value, inForce.Conferences["C1001"].WorkingDays)
        );
        Assert.Equal(
            ["Specialist assessment of the parent", "Father abroad", "weekly review"],
            await read.AuditEntries.OrderBy(a => a.Id).Select(a => a.Reason).ToListAsync(token)
        );
    }
}
