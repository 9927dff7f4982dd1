using System.Net;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.Protocol;

/// <summary>
/// Recording and locking a review's decisions, on a server of its own: the decisions and the closing change the
/// review that <see cref="ProtocolReviewTests"/> reads, and xUnit's order of tests in a class depends on where the
/// assembly sits, so sharing a server made that class pass here and fail in CI.
/// </summary>
public sealed class ProtocolDecisionTests(BeaconServers servers) : IClassFixture<BeaconServers>
{
    private static readonly string Officer = BeaconServer.UserFor(BeaconRole.SchoolImprovementOfficer);

    [Theory]
    [BothDatabases]
    public async Task A_departure_needs_a_reason_every_decision_is_audited_and_a_closed_review_keeps_its_decisions(
        DatabaseProvider provider
    )
    {
        var server = await servers.OnAsync(provider);
        using var client = await server.SignedInAsync(Officer);
        var autumn = await Reviews.IdAsync(server, "Autumn 2013/14");
        var path = $"/schools/reviews/{autumn}/schools/990002";

        var refused = await Decide(client, path, "GREEN", "");
        var proposed = await Decide(client, path, "AMBER", "");
        var departed = await Decide(client, path, "AMBER/GREEN", "Teaching is now consistently good in Key Stage 2.");
        var judged = await client.PostFormAsync(
            path + "?handler=Judge",
            new Dictionary<string, string>
            {
                ["Criterion"] = "R3",
                ["Met"] = "true",
                ["Note"] = "Safer recruitment checks missing",
            },
            path
        );
        var afterJudgement = await client.GetStringAsync(path);
        var closed = await client.PostFormAsync(
            $"/schools/reviews/{autumn}?handler=Close",
            new Dictionary<string, string> { ["confirm"] = "true" },
            $"/schools/reviews/{autumn}"
        );
        var lockedWithoutReason = await Decide(client, path, "RED", "");
        var lockedJudgement = await client.PostFormAsync(
            path + "?handler=Judge",
            new Dictionary<string, string> { ["Criterion"] = "R4", ["Met"] = "true" },
            path
        );
        var later = await Decide(client, path, "RED", "The safeguarding concern was confirmed by the LADO after the meeting.");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(
            "Give a reason for departing from the proposed rating (AMBER).",
            await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal
        );
        Assert.Equal(
            [HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect],
            [proposed.StatusCode, departed.StatusCode, judged.StatusCode, closed.StatusCode]
        );
        // The officer's safeguarding judgement is decisive: the proposal becomes RED.
        Assert.Contains("R3 There are serious concerns around safeguarding</td>", afterJudgement, StringComparison.Ordinal);
        Assert.Contains(
            "Beacon proposes</dt>\n    <dd class=\"govuk-summary-list__value\">RED</dd>",
            afterJudgement.ReplaceLineEndings("\n"),
            StringComparison.Ordinal
        );
        Assert.Contains(
            "a later change needs a reason",
            await lockedWithoutReason.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal
        );
        Assert.Contains(
            "its judgements are locked",
            await lockedJudgement.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal
        );
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);

        await using var db = server.Database.NewContext();
        var decisions = await db
            .RatingDecisions.Where(d => d.ReviewId == autumn && d.Urn == 990002)
            .OrderBy(d => d.Id)
            .ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(
            [("AMBER", "AMBER", false), ("AMBER", "AMBER/GREEN", false), ("RED", "RED", true)],
            decisions.Select(d => (d.ProposedRating, d.Rating, d.AfterClose))
        );
        Assert.Equal(Officer, decisions[1].DecidedBy);
        var audit = await db
            .AuditEntries.Where(a => a.EntityType == "SchoolRating")
            .OrderBy(a => a.Id)
            .ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(
            decisions.Select(d => d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            audit.TakeLast(3).Select(a => a.EntityId)
        );
        Assert.Equal(
            [
                "as proposed",
                "Teaching is now consistently good in Key Stage 2.",
                "The safeguarding concern was confirmed by the LADO after the meeting.",
            ],
            audit.TakeLast(3).Select(a => a.Reason)
        );
        Assert.All(audit.TakeLast(3), a => Assert.Equal((Officer, "Created"), (a.Actor, a.Action)));
        Assert.Single(await db.OfficerJudgements.Where(j => j.ReviewId == autumn).ToListAsync(TestContext.Current.CancellationToken));
        Assert.NotNull((await db.SchoolReviews.FindAsync([autumn], TestContext.Current.CancellationToken))!.ClosedAtUtc);
    }

    private static Task<HttpResponseMessage> Decide(BrowserlessClient client, string path, string rating, string reason) =>
        client.PostFormAsync(path + "?handler=Decide", new Dictionary<string, string> { ["Rating"] = rating, ["Reason"] = reason }, path);
}
