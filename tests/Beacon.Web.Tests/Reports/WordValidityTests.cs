using Beacon.Data;
using Beacon.Domain.Access;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Beacon.Web.Tests.Reports;

/// <summary>
/// Every Word report Beacon writes is valid Office Open XML, so that Word opens it without offering to repair
/// it: checked with the Open XML SDK's schema validator against Office 2019.
/// </summary>
public sealed class WordValidityTests(BeaconServers servers) : IClassFixture<BeaconServers>
{
    [Theory]
    [InlineData(BeaconRole.Councillor, "/performance?handler=Report&quarter=2013-Q1", DatabaseProvider.Sqlite)]
    [InlineData(BeaconRole.Councillor, "/performance?handler=Report&quarter=2013-Q1", DatabaseProvider.Postgres)]
    [InlineData(
        BeaconRole.SchoolImprovementOfficer,
        "/schools/outcomes?handler=Report&from=2013-03-01&to=2013-07-31",
        DatabaseProvider.Sqlite
    )]
    [InlineData(
        BeaconRole.SchoolImprovementOfficer,
        "/schools/outcomes?handler=Report&from=2013-03-01&to=2013-07-31",
        DatabaseProvider.Postgres
    )]
    [InlineData(
        BeaconRole.SchoolImprovementOfficer,
        "/schools/achievement?handler=Report&la=E06000001&year=201213",
        DatabaseProvider.Sqlite
    )]
    [InlineData(
        BeaconRole.SchoolImprovementOfficer,
        "/schools/achievement?handler=Report&la=E06000001&year=201213",
        DatabaseProvider.Postgres
    )]
    [InlineData(BeaconRole.Headteacher, "/schools/990001?handler=Scorecard", DatabaseProvider.Sqlite)]
    [InlineData(BeaconRole.Headteacher, "/schools/990001?handler=Scorecard", DatabaseProvider.Postgres)]
    [InlineData(BeaconRole.Headteacher, "/schools/990001?handler=Letter", DatabaseProvider.Sqlite)]
    [InlineData(BeaconRole.Headteacher, "/schools/990001?handler=Letter", DatabaseProvider.Postgres)]
    [InlineData(BeaconRole.SchoolImprovementOfficer, "/schools/reviews/1/report?format=docx", DatabaseProvider.Sqlite)]
    [InlineData(BeaconRole.SchoolImprovementOfficer, "/schools/reviews/1/report?format=docx", DatabaseProvider.Postgres)]
    [InlineData(BeaconRole.PerformanceOfficer, "/sector/profiles/805?handler=Docx", DatabaseProvider.Sqlite)]
    [InlineData(BeaconRole.PerformanceOfficer, "/sector/profiles/805?handler=Docx", DatabaseProvider.Postgres)]
    [InlineData(BeaconRole.SocialCareManager, "/social-care/fostering?format=docx", DatabaseProvider.Sqlite)]
    [InlineData(BeaconRole.SocialCareManager, "/social-care/fostering?format=docx", DatabaseProvider.Postgres)]
    [InlineData(BeaconRole.SocialCareManager, "/social-care/annex-a?handler=Report", DatabaseProvider.Sqlite)]
    [InlineData(BeaconRole.SocialCareManager, "/social-care/annex-a?handler=Report", DatabaseProvider.Postgres)]
    public async Task A_report_is_valid_Office_Open_XML(BeaconRole role, string path, DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
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
