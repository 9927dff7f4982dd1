using System.Net;
using Beacon.Application.Demo;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Testing;

namespace Beacon.Web.Tests.Protocol;

/// <summary>The termly review through the running app over the demo authority's schools.</summary>
public sealed class ProtocolReviewTests(BeaconServers servers) : IClassFixture<BeaconServers>
{
    private static readonly string Officer = BeaconServer.UserFor(BeaconRole.SchoolImprovementOfficer);

    [Theory]
    [BothDatabases]
    public async Task The_review_proposes_ratings_whose_reasons_name_the_criteria_met(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var client = await server.SignedInAsync(Officer);
        var autumn = await Reviews.IdAsync(server, "Autumn 2013/14");

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

    [Theory]
    [BothDatabases]
    public async Task A_headteacher_reads_their_own_schools_rating_and_letter_and_no_other(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
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
        var lines = document
            .MainDocumentPart.Document.Body.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Select(p => p.InnerText)
            .ToList();
        // A letter's parts: dated, addressed to the headteacher at the school's address, signed by a named signatory.
        Assert.Matches(@"^\d{1,2} [A-Z][a-z]+ \d{4}$", lines[0]);
        Assert.Equal(
            ["The Headteacher", "Northmoor Church of England Primary School", "Church Lane", "Northmoor", "NM1 4AB"],
            lines.Skip(2).Take(5)
        );
        Assert.Equal(
            ["Yours sincerely", "", "Alex Morgan", "Assistant Director, Performance and Achievement", DemoSeeder.AuthorityName],
            lines.SkipWhile(l => l != "Yours sincerely").Take(5)
        );
        Assert.Contains("Northmoor Church of England Primary School was rated AMBER/GREEN.", text, StringComparison.Ordinal);
        Assert.Contains("Writing at Key Stage 2, especially for boys", text, StringComparison.Ordinal);
        Assert.Contains("Termly SIP visits with a writing review", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, otherLetter.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, review.StatusCode);
    }

    [Theory]
    [BothDatabases]
    public async Task Officers_who_do_not_rate_schools_do_not_see_a_schools_rating(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var performance = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));

        var page = await performance.GetStringAsync("/schools/990001");
        var letter = await performance.GetAsync("/schools/990001?handler=Letter");

        Assert.DoesNotContain("Support and Challenge rating", page, StringComparison.Ordinal);
        Assert.DoesNotContain("AMBER/GREEN", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, letter.StatusCode);
    }

    [Theory]
    [BothDatabases]
    public async Task A_councillor_sees_the_counts_and_only_a_granted_councillor_sees_the_exempt_appendix(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        var summer = await Reviews.IdAsync(server, "Summer 2012/13");
        using var councillor = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Councillor));
        using var granted = await server.SignedInAsync(BeaconServer.ExemptCouncillor);

        var report = await councillor.GetStringAsync($"/schools/reviews/{summer}/report");
        var html = await councillor.GetStringAsync($"/schools/reviews/{summer}/report?format=html");
        var exempt = await granted.GetStringAsync($"/schools/reviews/{summer}/report");
        var school = await councillor.GetAsync("/schools/990001");

        // Summer 2013: AMBER/GREEN Northmoor, AMBER Fellside, RED/AMBER Harbour Academy, GREEN Moorview.
        // RED/AMBER is "potentially vulnerable"; only RED is "a school causing concern" (000, item 6.2).
        Assert.Contains("0 schools are on the authority&#x27;s list of schools causing concern (RED)", report, StringComparison.Ordinal);
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

    private static string Row(string page, string school)
    {
        var start = page.IndexOf(school, StringComparison.Ordinal);
        return page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}
