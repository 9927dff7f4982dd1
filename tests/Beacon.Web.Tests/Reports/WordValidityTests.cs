using Beacon.Domain.Access;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Beacon.Web.Tests.Reports;

/// <summary>
/// Every Word report Beacon writes is valid Office Open XML, so that Word opens it without offering to repair
/// it: checked with the Open XML SDK's schema validator against Office 2019.
/// </summary>
public sealed class WordValidityTests(BeaconServer server) : IClassFixture<BeaconServer>
{
    [Theory]
    [InlineData(BeaconRole.Councillor, "/performance?handler=Report&quarter=2013-Q1")]
    [InlineData(BeaconRole.SchoolImprovementOfficer, "/schools/outcomes?handler=Report&from=2013-03-01&to=2013-07-31")]
    [InlineData(BeaconRole.SchoolImprovementOfficer, "/schools/achievement?handler=Report&la=E06000001&year=201213")]
    [InlineData(BeaconRole.Headteacher, "/schools/990001?handler=Scorecard")]
    [InlineData(BeaconRole.Headteacher, "/schools/990001?handler=Letter")]
    [InlineData(BeaconRole.SchoolImprovementOfficer, "/schools/reviews/1/report?format=docx")]
    [InlineData(BeaconRole.PerformanceOfficer, "/sector/profiles/805?handler=Docx")]
    [InlineData(BeaconRole.SocialCareManager, "/social-care/fostering?format=docx")]
    [InlineData(BeaconRole.SocialCareManager, "/social-care/annex-a?handler=Report")]
    public async Task A_report_is_valid_Office_Open_XML(BeaconRole role, string path)
    {
        using var client = await server.SignedInAsync(BeaconServer.UserFor(role));

        var response = await client.GetAsync(path);
        using var document = WordprocessingDocument.Open(
            await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken),
            false
        );
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019)
            .Validate(document, TestContext.Current.CancellationToken)
            .Take(5)
            .ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
    }
}
