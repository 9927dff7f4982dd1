using System.Net;
using Beacon.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.Protocol;

/// <summary>The termly review through the running app over the demo authority's schools.</summary>
public sealed class ProtocolReviewTests(BeaconServer server) : IClassFixture<BeaconServer>
{
    private static readonly string Officer = BeaconServer.UserFor(BeaconRole.SchoolImprovementOfficer);

    [Fact]
    public async Task The_review_proposes_ratings_whose_reasons_name_the_criteria_met()
    {
        using var client = await server.SignedInAsync(Officer);
        var autumn = await ReviewIdAsync("Autumn 2013/14");

        var page = await client.GetStringAsync($"/schools/reviews/{autumn}");

        // Fellside: Requires improvement in March 2013 (A1, decisive). Harbour Academy: its predecessor's RI.
        // Northmoor: Good in May 2013 (G1). Moorview: Outstanding (G1).
        Assert.Contains(
            "A1 School judged satisfactory or requires improvement at its last inspection (last graded inspection: grade 3)",
            page,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "G1 School judged good or better at its last inspection (last graded inspection: grade 1)",
            page,
            StringComparison.Ordinal
        );
        var fellside = Row(page, "Fellside Community Primary School");
        Assert.Contains("<strong>AMBER</strong>", fellside, StringComparison.Ordinal);
        var school = await client.GetStringAsync($"/schools/reviews/{autumn}/schools/990002");
        Assert.Contains("R3 There are serious concerns around safeguarding", school, StringComparison.Ordinal);
        Assert.Contains("no officer judgement recorded this term", school, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_departure_needs_a_reason_every_decision_is_audited_and_a_closed_review_keeps_its_decisions()
    {
        using var client = await server.SignedInAsync(Officer);
        var autumn = await ReviewIdAsync("Autumn 2013/14");
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
            new Dictionary<string, string>(),
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

    [Fact]
    public async Task A_headteacher_reads_their_own_schools_rating_and_letter_and_no_other()
    {
        using var head = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Headteacher));

        var own = await head.GetStringAsync("/schools/990001");
        var letter = await head.GetAsync("/schools/990001?handler=Letter");
        var otherLetter = await head.GetAsync("/schools/990002?handler=Letter");
        var review = await head.GetAsync("/schools/reviews");

        Assert.Contains("<strong>AMBER/GREEN</strong><span>, Summer 2012/13", own, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, letter.StatusCode);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(
            await letter.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken),
            false
        );
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Northmoor Church of England Primary School was rated AMBER/GREEN.", text, StringComparison.Ordinal);
        Assert.Contains("Writing at Key Stage 2, especially for boys", text, StringComparison.Ordinal);
        Assert.Contains("Termly SIP visits with a writing review", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, otherLetter.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, review.StatusCode);
    }

    [Fact]
    public async Task Officers_who_do_not_rate_schools_do_not_see_a_schools_rating()
    {
        using var performance = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));

        var page = await performance.GetStringAsync("/schools/990001");
        var letter = await performance.GetAsync("/schools/990001?handler=Letter");

        Assert.DoesNotContain("Support and Challenge rating", page, StringComparison.Ordinal);
        Assert.DoesNotContain("AMBER/GREEN", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, letter.StatusCode);
    }

    [Fact]
    public async Task A_councillor_sees_the_counts_and_only_a_granted_councillor_sees_the_exempt_appendix()
    {
        var summer = await ReviewIdAsync("Summer 2012/13");
        using var councillor = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Councillor));
        using var granted = await server.SignedInAsync(BeaconServer.ExemptCouncillor);

        var report = await councillor.GetStringAsync($"/schools/reviews/{summer}/report");
        var html = await councillor.GetStringAsync($"/schools/reviews/{summer}/report?format=html");
        var exempt = await granted.GetStringAsync($"/schools/reviews/{summer}/report");
        var school = await councillor.GetAsync("/schools/990001");

        // Summer 2013: AMBER/GREEN Northmoor, AMBER Fellside, RED/AMBER Harbour Academy, GREEN Moorview.
        Assert.Contains("1 school is on the authority&#x27;s list of schools causing concern", report, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\" class=\"govuk-table__header\">AMBER/GREEN</th>", report, StringComparison.Ordinal);
        foreach (var page in new[] { report, html })
        {
            Assert.DoesNotContain("Northmoor Church of England", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Harbour Academy", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Exempt appendix", page, StringComparison.Ordinal);
        }

        Assert.Contains("Exempt appendix", exempt, StringComparison.Ordinal);
        Assert.Contains("Harbour Academy (URN 990003)", exempt, StringComparison.Ordinal);
        Assert.Contains("2013-06-03: Mock GCSE results in mathematics up", exempt, StringComparison.Ordinal);
        var exemptHtml = await granted.GetStringAsync($"/schools/reviews/{summer}/report?format=html");
        Assert.Contains("<td>2013-06-03: Mock GCSE results in mathematics up", exemptHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, school.StatusCode);
    }

    private static Task<HttpResponseMessage> Decide(BrowserlessClient client, string path, string rating, string reason) =>
        client.PostFormAsync(path + "?handler=Decide", new Dictionary<string, string> { ["Rating"] = rating, ["Reason"] = reason }, path);

    private async Task<int> ReviewIdAsync(string term)
    {
        await using var db = server.Database.NewContext();
        return await db.SchoolReviews.Where(r => r.Term == term).Select(r => r.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    private static string Row(string page, string school)
    {
        var start = page.IndexOf(school, StringComparison.Ordinal);
        return page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}
