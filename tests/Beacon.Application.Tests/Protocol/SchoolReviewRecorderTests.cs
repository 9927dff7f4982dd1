using Beacon.Application.Protocol;
using Beacon.Application.Schools;
using Beacon.Data;
using Beacon.Data.Audit;
using Beacon.Data.Schools;
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

        var id = (await recorder.OpenAsync(autumn.ToString(), new DateOnly(2013, 10, 15), [autumn], SchoolGroup.England, token)).Value;
        var twice = await recorder.OpenAsync(autumn.ToString(), null, [autumn], SchoolGroup.England, token);
        Assert.Equal(["Term", "MeetingDate"], twice.Problem!.Details.Select(d => d.Code));
        var review = await db.SchoolReviews.SingleAsync(r => r.Id == id, token);

        Assert.Equal("Met", (await recorder.JudgeAsync(review, Fellside, "A9", null, null, "adviser", token)).Problem!.Code);
        Assert.True((await recorder.JudgeAsync(review, Fellside, "A9", true, "New head from January", "adviser", token)).Succeeded);
        var departure = await recorder.DecideAsync(review, Fellside, SchoolRating.Red, " ", null, null, "adviser", token);
        Assert.Equal("reason-needed", departure.Problem!.Code);
        Assert.True((await recorder.DecideAsync(review, Fellside, SchoolRating.Amber, null, "Maths", null, "adviser", token)).Succeeded);
        Assert.True((await recorder.CloseAsync(id, "chair", false, token)).Succeeded);

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

    [Theory]
    [BothDatabases]
    public async Task A_reviews_schools_are_fixed_when_it_opens_and_closing_with_schools_undecided_needs_confirmation_naming_them(
        DatabaseProvider provider
    )
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(new DateTimeOffset(2013, 10, 1, 9, 0, 0, TimeSpan.Zero));
        var token = TestContext.Current.CancellationToken;
        await using var db = database.NewContext(new AuditScope { Actor = "adviser" }, clock);
        School Primary(int urn, string name) =>
            new()
            {
                Urn = urn,
                Name = name,
                Phase = "Primary",
                LaCode = "805",
            };
        db.Schools.AddRange(Primary(990002, "Fellside"), Primary(990004, "Moorview"));
        await db.SaveChangesAsync(token);
        var recorder = new SchoolReviewRecorder(db, clock);
        var autumn = AcademicTerm.Of(new DateOnly(2013, 10, 1));
        var id = (
            await recorder.OpenAsync(autumn.ToString(), new DateOnly(2013, 10, 15), [autumn], new SchoolGroup("805", null), token)
        ).Value;
        // A national file loaded after the review opened adds a school of the authority: the review does not grow.
        db.Schools.Add(Primary(990007, "Later Primary"));
        await db.SaveChangesAsync(token);
        var review = await db.SchoolReviews.SingleAsync(r => r.Id == id, token);
        var schools = await SchoolReviews.LoadAsync(db, review, new SchoolGroup("805", null), token);
        Assert.Equal([990002, 990004], schools.Select(s => s.School.Urn).Order());
        Assert.True(
            (
                await recorder.DecideAsync(
                    review,
                    schools.Single(s => s.School.Urn == 990002).School,
                    SchoolRating.Amber,
                    "Writing",
                    null,
                    null,
                    "adviser",
                    token
                )
            ).Succeeded
        );
        var site = new BeaconSiteOptions { AuthorityName = "Northmoor", SignatoryName = "Alex Morgan" };
        var today = new DateOnly(2013, 10, 16);
        // No letter from a decision of an open review: the meeting's decisions are not yet confirmed.
        Assert.Null(await RatingLetters.ForSchoolAsync(db, 990002, site, today, token));

        var unconfirmed = await recorder.CloseAsync(id, "chair", false, token);

        Assert.Equal(
            (SchoolReviewRecorder.Undecided, "1 school has no decision: Moorview"),
            (unconfirmed.Problem!.Code, unconfirmed.Problem.Message)
        );
        Assert.False((await db.SchoolReviews.AsNoTracking().SingleAsync(r => r.Id == id, token)).IsClosed);
        Assert.True((await recorder.CloseAsync(id, "chair", true, token)).Succeeded);
        await using var read = database.NewContext();
        Assert.True((await read.SchoolReviews.SingleAsync(token)).IsClosed);
        Assert.Equal([(990004, "Moorview")], await SchoolReviews.UndecidedAsync(read, id, token));
        // Once closed, the decided school's letter; never one for the undecided school.
        Assert.Contains(
            "Alex Morgan",
            (await RatingLetters.ForSchoolAsync(read, 990002, site, today, token))!.Body,
            StringComparison.Ordinal
        );
        Assert.Null(await RatingLetters.ForSchoolAsync(read, 990004, site, today, token));
    }
}
