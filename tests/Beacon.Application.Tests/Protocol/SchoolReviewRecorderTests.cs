using Beacon.Application.Protocol;
using Beacon.Data;
using Beacon.Data.Audit;
using Beacon.Domain.Periods;
using Beacon.Domain.Protocol;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Beacon.Application.Tests.Protocol;

/// <summary>A termly review opened, judged, decided and closed, with its decisions standing after the close.</summary>
public sealed class SchoolReviewRecorderTests
{
    private static readonly Criterion Judged = new("A9", "Leadership lacks capacity", CriterionBand.Amber, null, null, false);

    private static readonly SchoolProposal Fellside = new(
        990002,
        "Fellside",
        "Primary",
        new RatingProposal(SchoolRating.Amber, [new CriterionResult(Judged, null, "for officers to judge")])
    );

    [Theory]
    [BothDatabases]
    public async Task A_review_opens_once_a_term_and_once_closed_its_judgements_are_locked_and_a_change_needs_a_reason(
        DatabaseProvider provider
    )
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(new DateTimeOffset(2013, 10, 1, 9, 0, 0, TimeSpan.Zero));
        var token = TestContext.Current.CancellationToken;
        await using var db = database.NewContext(new AuditScope { Actor = "adviser" }, clock);
        var recorder = new SchoolReviewRecorder(db, clock);
        var autumn = AcademicTerm.Of(new DateOnly(2013, 10, 1));

        var id = (await recorder.OpenAsync(autumn.ToString(), new DateOnly(2013, 10, 15), [autumn], token)).Value;
        var twice = await recorder.OpenAsync(autumn.ToString(), null, [autumn], token);
        Assert.Equal(["Term", "MeetingDate"], twice.Problem!.Details.Select(d => d.Code));
        var review = await db.SchoolReviews.SingleAsync(r => r.Id == id, token);

        Assert.Equal("Met", (await recorder.JudgeAsync(review, Fellside, "A9", null, null, "adviser", token)).Problem!.Code);
        Assert.True((await recorder.JudgeAsync(review, Fellside, "A9", true, "New head from January", "adviser", token)).Succeeded);
        var departure = await recorder.DecideAsync(review, Fellside, SchoolRating.Red, " ", null, null, "adviser", token);
        Assert.Equal("reason-needed", departure.Problem!.Code);
        Assert.True((await recorder.DecideAsync(review, Fellside, SchoolRating.Amber, null, "Maths", null, "adviser", token)).Succeeded);
        Assert.True((await recorder.CloseAsync(id, "chair", token)).Succeeded);

        Assert.Equal("Criterion", (await recorder.JudgeAsync(review, Fellside, "A9", false, null, "adviser", token)).Problem!.Code);
        var unexplained = await recorder.DecideAsync(review, Fellside, SchoolRating.Amber, null, null, null, "adviser", token);
        Assert.Equal("review-closed", unexplained.Problem!.Code);
        Assert.True(
            (await recorder.DecideAsync(review, Fellside, SchoolRating.Red, "Safeguarding concern", null, null, "adviser", token)).Succeeded
        );

        await using var read = database.NewContext();
        var decisions = await read.RatingDecisions.OrderBy(d => d.Id).ToListAsync(token);
        Assert.Equal([("AMBER", false), ("RED", true)], decisions.Select(d => (d.Rating, d.AfterClose)));
        Assert.Equal("chair", (await read.SchoolReviews.SingleAsync(token)).ClosedBy);
        Assert.Single(await read.OfficerJudgements.ToListAsync(token));
    }
}
