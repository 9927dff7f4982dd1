using System.Net;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Testing;
using DocumentFormat.OpenXml.Packaging;

namespace Beacon.Web.Tests.Performance;

/// <summary>The quarterly report as a Word document, downloaded from the dashboard.</summary>
public sealed class PerformanceReportTests(BeaconServers servers) : IClassFixture<BeaconServers>
{
    [Theory]
    [BothDatabases]
    public async Task The_report_follows_the_seed_with_symbols_that_do_not_rely_on_colour(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Councillor));

        var response = await client.GetAsync("/performance?handler=Report&quarter=2013-Q1");
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            response.Content.Headers.ContentType?.MediaType
        );
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Performance Overview", text, StringComparison.Ordinal);
        Assert.Contains("Complete the Childcare Sufficiency Assessment", text, StringComparison.Ordinal);
        Assert.Contains("(AMc)", text, StringComparison.Ordinal);
        Assert.Contains("\u2714 Green", text, StringComparison.Ordinal);
        Assert.Contains("\u25B2 Amber", text, StringComparison.Ordinal);
        Assert.Contains("16,594", text, StringComparison.Ordinal);
        Assert.Contains("(75)", text, StringComparison.Ordinal);
        Assert.Contains("Explanation for use of symbols", text, StringComparison.Ordinal);
        Assert.Contains("2.1 Ofsted Inspection Framework", text, StringComparison.Ordinal);
        Assert.Contains("3.7 School Admissions September 2013", text, StringComparison.Ordinal);
        Assert.Contains("5.0 Progress against high priority equality actions", text, StringComparison.Ordinal);
        Assert.Contains("TC – Tracey Coffey", text, StringComparison.Ordinal);
        Assert.True(
            text.IndexOf("6.0 Performance Overview", StringComparison.Ordinal)
                < text.IndexOf("7.0 Financial Summaries", StringComparison.Ordinal)
                && text.IndexOf("7.0 Financial Summaries", StringComparison.Ordinal)
                    < text.IndexOf("8.0 Appendix", StringComparison.Ordinal),
            "the sections are out of the seed's order"
        );
    }

    [Theory]
    [BothDatabases]
    public async Task Each_indicator_with_a_trend_has_a_chart_whose_description_gives_its_figures(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Councillor));

        var docx = await (await client.GetAsync("/performance?handler=Report&quarter=2013-Q1")).Content.ReadAsByteArrayAsync(
            TestContext.Current.CancellationToken
        );
        var html = await client.GetStringAsync("/performance?handler=Report&quarter=2013-Q1&format=html");

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = document.MainDocumentPart!;
        var pictures = main.Document!.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>()
            .Select(p => p.Description?.Value ?? "")
            .ToList();
        // Five demonstration indicators, each with last year's four quarters and this year's first.
        Assert.Equal(5, pictures.Count);
        Assert.Equal(5, main.ImageParts.Count());
        Assert.Contains(
            "Trend chart of CFS 01 Single assessments completed within 45 working days, % (demonstration): Q1 12/13 72, Q2 12/13 74, Q3 12/13 75, Q4 12/13 77, Q1 13/14 78; annual target 80.",
            pictures
        );
        // LAS 02's latest value is suppressed: the description says so rather than inventing a figure.
        Assert.Contains(
            pictures,
            p =>
                p.StartsWith("Trend chart of LAS 02", StringComparison.Ordinal) && p.Contains("Q1 13/14 no value", StringComparison.Ordinal)
        );
        Assert.All(main.ImageParts, part => Assert.Equal("image/png", part.ContentType));
        Assert.Equal(5, CountOf(html, "<img src=\"data:image/png;base64,"));
        Assert.Contains("alt=\"Trend chart of CFS 01", html, StringComparison.Ordinal);
    }

    [Theory]
    [BothDatabases]
    public async Task The_HTML_report_has_the_same_sections_and_figures(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Councillor));

        var response = await client.GetAsync("/performance?handler=Report&quarter=2013-Q1&format=html");
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h2>6.0 Performance Overview</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>8.0 Appendix: Explanation for use of symbols</h2>", html, StringComparison.Ordinal);
        Assert.Contains("16,594", html, StringComparison.Ordinal);
        Assert.Contains("<span aria-hidden=\"true\">\u2714</span> Green</strong>", html, StringComparison.Ordinal);
    }

    [Theory]
    [BothDatabases]
    public async Task A_malformed_quarter_is_not_found(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Councillor));

        var response = await client.GetAsync("/performance?handler=Report&quarter=summer");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static int CountOf(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
