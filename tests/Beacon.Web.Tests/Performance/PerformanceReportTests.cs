using System.Net;
using Beacon.Domain.Access;
using DocumentFormat.OpenXml.Packaging;

namespace Beacon.Web.Tests.Performance;

/// <summary>The quarterly report as a Word document, downloaded from the dashboard.</summary>
public sealed class PerformanceReportTests(BeaconServer server) : IClassFixture<BeaconServer>
{
    [Fact]
    public async Task The_report_follows_the_seed_with_symbols_that_do_not_rely_on_colour()
    {
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

    [Fact]
    public async Task The_HTML_report_has_the_same_sections_and_figures()
    {
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Councillor));

        var response = await client.GetAsync("/performance?handler=Report&quarter=2013-Q1&format=html");
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h2>6.0 Performance Overview</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>8.0 Appendix: Explanation for use of symbols</h2>", html, StringComparison.Ordinal);
        Assert.Contains("16,594", html, StringComparison.Ordinal);
        Assert.Contains("<span aria-hidden=\"true\">\u2714</span> Green</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_quarter_is_not_found()
    {
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Councillor));

        var response = await client.GetAsync("/performance?handler=Report&quarter=summer");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
