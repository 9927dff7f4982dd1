using System.Net;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Import.SocialCare;
using Beacon.Testing;
using DocumentFormat.OpenXml.Packaging;

namespace Beacon.Web.Tests.SocialCare;

/// <summary>The Fostering Service Quarterly Report over the demo's Q1 2013/14 return (seed 000, item 7.2), and loading returns.</summary>
public sealed class FosteringReportTests(BeaconServers servers) : IClassFixture<BeaconServers>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("beacon-fostering-").FullName;

    [Theory]
    [BothDatabases]
    public async Task The_report_gives_the_seeds_figures_on_the_page_and_in_Word(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var manager = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.SocialCareManager));

        var page = await manager.GetStringAsync("/social-care/fostering?quarter=2013-Q1");
        var docx = await manager.GetAsync("/social-care/fostering?quarter=2013-Q1&format=docx");

        Assert.Matches("Approved foster carers</th>\\s*<td class=\"govuk-table__cell govuk-table__cell--numeric\">93</td>", page);
        using var document = WordprocessingDocument.Open(
            await docx.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken),
            false
        );
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Fostering Service Quarterly Report, Q1 2013/14", text, StringComparison.Ordinal);
        // 13 enquiries, 9 of them of the enquirer's own volition; 10 initial visits of which 9 proceeded.
        Assert.Contains("Initial enquiries13", text, StringComparison.Ordinal);
        Assert.Contains("from Own volition9", text, StringComparison.Ordinal);
        Assert.Contains("Of these, proceeded9", text, StringComparison.Ordinal);
        Assert.Contains("Keith Munro", text, StringComparison.Ordinal);
    }

    [Theory]
    [BothDatabases]
    public async Task A_return_that_does_not_add_up_is_refused_and_the_same_return_again_changes_nothing(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        var good = Path.Combine(_folder, "q2.json");
        var bad = Path.Combine(_folder, "q2-bad.json");
        const string Return = """
            { "quarter": "2013-Q2", "carers": 95, "households": 92, "householdsOnHold": 2, "childrenPlaced": 150, "netChangeInCarers": 2,
              "enquiriesBySource": [ { "what": "Internet", "count": 7 } ], "informationPacks": 7, "initialVisits": 5, "proceeded": 4,
              "preparationGroupAttended": 4, "waitingForPreparationGroup": 0, "assessmentsInProgress": 6, "approvals": 3,
              "resignations": [], "panelMeetings": 6, "panelRecommendations": [], "trainingDelivered": [], "actionPlan": [] }
            """;
        await File.WriteAllTextAsync(good, Return, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(
            bad,
            Return.Replace("\"proceeded\": 4", "\"proceeded\": 6", StringComparison.Ordinal),
            TestContext.Current.CancellationToken
        );

        var refused = await TestImports.RunAsync(server.Database, new FosteringQuarterFormat(), bad);
        var loaded = await TestImports.RunAsync(server.Database, new FosteringQuarterFormat(), good);
        var again = await TestImports.RunAsync(server.Database, new FosteringQuarterFormat(), good);

        Assert.Null(refused.Run);
        Assert.Equal("Proceeded: 6 is more than the 5 initial visits", Assert.Single(refused.Errors.Kept).Reason);
        Assert.Equal((1L, 0L, 1L), (loaded.Run!.Inserted, again.Run!.Inserted, again.Run.Unchanged));
        using var manager = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.SocialCareManager));
        Assert.Contains("<option value=\"2013-Q2\"", await manager.GetStringAsync("/social-care/fostering"), StringComparison.Ordinal);
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await (await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Headteacher))).GetAsync("/social-care/fostering")).StatusCode
        );
    }

    [Theory]
    [BothDatabases]
    public async Task The_manager_gives_the_financial_state_on_its_form_and_the_committee_reads_it_in_the_report(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var manager = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.SocialCareManager));
        using var councillor = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Councillor));
        const string Form = "/social-care/fostering/return/finance?quarter=2013-Q1";
        var finance = new Dictionary<string, string>
        {
            ["Quarter"] = "2013-Q1",
            ["Finance-Budget"] = "2,400,000",
            ["Finance-ForecastOutturn"] = "two million",
            ["Finance-Commentary"] = "Fewer agency placements than planned.",
        };

        var list = await manager.GetStringAsync("/social-care/fostering/return?quarter=2013-Q1");
        var refused = await (await manager.PostFormAsync(Form, finance, Form)).Content.ReadAsStringAsync(
            TestContext.Current.CancellationToken
        );
        finance["Finance-ForecastOutturn"] = "£2,350,000";
        var saved = await manager.PostFormAsync(Form, finance, Form);
        var banner = await manager.GetStringAsync(saved.Headers.Location!.OriginalString);
        var report = await councillor.GetStringAsync("/social-care/fostering?quarter=2013-Q1");

        // The demo's return gives staffing but, like the seed's paper, no financial state.
        Assert.Matches("Staffing</a>\\s*</div>\\s*<div class=\"govuk-task-list__status\" id=\"staffing-status\">\\s*Completed", list);
        Assert.Matches("Financial state</a>\\s*</div>\\s*<div class=\"govuk-task-list__status\" id=\"finance-status\">\\s*<strong", list);
        Assert.Contains("Forecast outturn must be an amount in pounds", refused, StringComparison.Ordinal);
        Assert.Contains("value=\"2,400,000\"", refused, StringComparison.Ordinal);
        Assert.Contains("Financial state saved", banner, StringComparison.Ordinal);
        Assert.Matches(
            "Forecast underspend</th>\\s*<td class=\"govuk-table__cell govuk-table__cell--numeric\">(£|&#xA3;)50,000</td>",
            report
        );
        Assert.Contains("Fewer agency placements than planned.", report, StringComparison.Ordinal);
        Assert.Matches("Posts vacant</th>\\s*<td class=\"govuk-table__cell govuk-table__cell--numeric\">2</td>", report);
        Assert.Equal(HttpStatusCode.Forbidden, (await councillor.GetAsync(Form)).StatusCode);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
