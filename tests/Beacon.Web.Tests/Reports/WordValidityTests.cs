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
    /// <summary>Every kind of Word report, who may download it, and the protective marking its content calls for.</summary>
    public static TheoryData<BeaconRole, string, string, DatabaseProvider> Reports()
    {
        (BeaconRole Role, string Path, string Marking)[] reports =
        [
            (BeaconRole.Councillor, "/performance?handler=Report&quarter=2013-Q1", "OFFICIAL"),
            (BeaconRole.SchoolImprovementOfficer, "/schools/outcomes?handler=Report&from=2013-03-01&to=2013-07-31", "OFFICIAL"),
            (BeaconRole.SchoolImprovementOfficer, "/schools/achievement?handler=Report&la=E06000001&year=201213", "OFFICIAL"),
            (BeaconRole.Headteacher, "/schools/990001?handler=Scorecard", "OFFICIAL"),
            (BeaconRole.Headteacher, "/schools/990001?handler=Letter", "OFFICIAL-SENSITIVE"),
            (BeaconRole.SchoolImprovementOfficer, "/schools/reviews/1/report?format=docx", "OFFICIAL-SENSITIVE"),
            (BeaconRole.SchoolImprovementOfficer, "/schools/reviews/1/report?format=docx&appendix=false", "OFFICIAL"),
            (BeaconRole.PerformanceOfficer, "/sector/profiles/805?handler=Docx", "OFFICIAL"),
            (BeaconRole.PerformanceOfficer, "/sector/region?handler=Docx&Code=E12000001", "OFFICIAL"),
            (BeaconRole.SocialCareManager, "/social-care/fostering?format=docx", "OFFICIAL"),
            (BeaconRole.SocialCareManager, "/social-care/annex-a?handler=Report", "OFFICIAL-SENSITIVE"),
            // The demo's meetings in the order it seeds them: 1 October 2013 is the second, Rift House's the fourth.
            (BeaconRole.Councillor, "/committees/meetings/2?handler=Pack", "OFFICIAL"),
            (BeaconRole.DemocraticServicesOfficer, "/committees/meetings/4?handler=Pack", "OFFICIAL"),
            (BeaconRole.Councillor, "/committees/meetings/2?handler=Minutes", "OFFICIAL"),
            (BeaconRole.PerformanceOfficer, "/finance/savings/EIG-2014-15?handler=Docx", "OFFICIAL"),
            (BeaconRole.PerformanceOfficer, "/finance/savings/EIG-2014-15?handler=DeliveryDocx&quarter=2014-Q1", "OFFICIAL"),
            (BeaconRole.LeadOfficer, "/performance/equality/EIA-EIG-2014-15?handler=Docx", "OFFICIAL"),
        ];
        var data = new TheoryData<BeaconRole, string, string, DatabaseProvider>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            foreach (var (role, path, marking) in reports)
            {
                data.Add(role, path, marking, provider);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task A_report_is_valid_Office_Open_XML_on_A4_with_page_numbers_and_its_marking(
        BeaconRole role,
        string path,
        string marking,
        DatabaseProvider provider
    )
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
        WordPages.AssertFramed(document, marking);
    }
}
