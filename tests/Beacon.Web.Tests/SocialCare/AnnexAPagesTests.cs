using System.Net;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Import.AnnexA;
using Beacon.Testing;
using DocumentFormat.OpenXml.Packaging;

namespace Beacon.Web.Tests.SocialCare;

/// <summary>Ofsted's Annex A sample loaded into the running app: the extract's page, its report and export, and the measures.</summary>
public sealed class AnnexAPagesTests(BeaconServers servers) : IClassFixture<BeaconServers>
{
    private static readonly string Manager = BeaconServer.UserFor(BeaconRole.SocialCareManager);

    [Theory]
    [BothDatabases]
    public async Task The_extract_loads_once_and_its_lists_report_and_export_are_for_the_social_care_manager(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        await LoadAsync(server);
        var again = await TestImports.RunAsync(
            server.Database,
            new AnnexAFormat(AnnexAMap.Shipped),
            SharedData.Require("annex-a", "Annex_A_sample.xlsx")
        );
        using var client = await server.SignedInAsync(Manager);

        var page = await client.GetStringAsync("/social-care/annex-a");
        var report = await client.GetStringAsync("/social-care/annex-a?handler=Report&format=html");
        var export = await client.GetAsync("/social-care/annex-a?handler=Export");
        var pageTwo = await client.GetStringAsync("/social-care/annex-a?p=2");
        var fixes = await client.GetStringAsync("/social-care/annex-a?kind=Fixed");

        // Loading the same extract again changes nothing: one run brought the rows, the later ones found them unchanged.
        Assert.Equal((0L, 0L), (again.Run!.Inserted, again.Run.Updated));
        await using (var db = server.Database.NewContext())
        {
            Assert.Single(db.ImportRuns.Where(r => r.Format == AnnexAFormat.FormatName && r.Inserted > 0));
        }

        Assert.Contains("List 1: Contacts", page, StringComparison.Ordinal);
        // The validation report is read a page of 50 lines at a time, filtered by what and which list.
        Assert.Matches("lines, refused rows and questions first: page 1 of [2-9]", page);
        Assert.Matches("lines, refused rows and questions first: page 2 of", pageTwo);
        Assert.Equal(
            50,
            System.Text.RegularExpressions.Regex.Count(
                page,
                "<tr class=\"govuk-table__row\">\\s*<td class=\"govuk-table__cell\">(Refused|Check|Fixed)</td>"
            )
        );
        Assert.Contains("<td class=\"govuk-table__cell\">Fixed</td>", fixes, StringComparison.Ordinal);
        Assert.DoesNotContain("<td class=\"govuk-table__cell\">Refused</td>", fixes, StringComparison.Ordinal);
        Assert.DoesNotContain("<td class=\"govuk-table__cell\">Check</td>", fixes, StringComparison.Ordinal);
        Assert.DoesNotContain("beacon import", page, StringComparison.Ordinal);
        Assert.Contains("Fixed by Beacon", report, StringComparison.Ordinal);
        Assert.Contains("<td>Female</td><td>read as b) Female</td>", report, StringComparison.Ordinal);
        using var workbook = SpreadsheetDocument.Open(await export.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken), false);
        Assert.Equal(11, workbook.WorkbookPart!.Workbook!.Sheets!.ChildElements.Count);
    }

    [Theory]
    [BothDatabases]
    public async Task Published_measures_suppress_small_counts_and_only_roles_allowed_child_level_data_see_the_children(
        DatabaseProvider provider
    )
    {
        var server = await servers.OnAsync(provider);
        await LoadAsync(server);
        using var manager = await server.SignedInAsync(Manager);
        using var performance = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));
        using var councillor = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Councillor));
        using var head = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Headteacher));

        var published = await performance.GetStringAsync("/social-care/measures");
        var children = await manager.GetStringAsync("/social-care/measures/assessments");

        // The sample's lists hold a handful of children each: every count below 5 is shown as c, never as itself.
        Assert.Contains("Assessments completed within 45 working days", published, StringComparison.Ordinal);
        Assert.Contains("<td class=\"govuk-table__cell govuk-table__cell--numeric\">c</td>", published, StringComparison.Ordinal);
        Assert.DoesNotMatch("govuk-table__cell--numeric\">[1-4]</td>", published);
        Assert.DoesNotContain("/social-care/measures/assessments", published, StringComparison.Ordinal);
        Assert.Contains("10692868", children, StringComparison.Ordinal);
        foreach (var refused in new[] { performance, councillor, head })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await refused.GetAsync("/social-care/measures/assessments")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await refused.GetAsync("/social-care/annex-a")).StatusCode);
        }
    }

    [Theory]
    [BothDatabases]
    public async Task A_flexible_timescale_is_recorded_with_who_and_why_reviewed_and_used_by_the_assessment_measure(
        DatabaseProvider provider
    )
    {
        var server = await servers.OnAsync(provider);
        await LoadAsync(server);
        using var manager = await server.SignedInAsync(Manager);
        const string path = "/social-care/flexible-timescales";
        // Read first, so that the measures are cached: recording a direction must still change them.
        var before = await manager.GetStringAsync("/social-care/measures/assessments");

        var refused = await manager.PostFormAsync(
            path,
            new Dictionary<string, string>
            {
                ["ChildId"] = "10692868",
                ["Decision"] = "AssessmentTimescale",
                ["WorkingDays"] = "0",
            },
            path
        );
        var badDate = await manager.PostFormAsync(
            path,
            new Dictionary<string, string>
            {
                ["ChildId"] = "10692868",
                ["Decision"] = "ConferenceDate",
                ["Day"] = "31",
                ["Month"] = "2",
                ["Year"] = "2026",
                ["DecidedBy"] = "Social work manager",
                ["Reason"] = "Father abroad",
            },
            path
        );
        var recorded = await manager.PostFormAsync(
            path,
            new Dictionary<string, string>
            {
                ["ChildId"] = "10692868",
                ["Decision"] = "AssessmentTimescale",
                ["WorkingDays"] = "120",
                ["DecidedBy"] = "Team manager J. Smith",
                ["Reason"] = "Three households and an interpreter needed",
            },
            path
        );
        var page = await manager.GetStringAsync(path);
        var id = System.Text.RegularExpressions.Regex.Match(page, "name=\"Direction\" value=\"(\\d+)\"").Groups[1].Value;
        var reviewed = await manager.PostFormAsync(
            path + "?handler=Review",
            new Dictionary<string, string> { ["Direction"] = id, ["Note"] = "Interpreter booked" },
            path
        );
        var children = await manager.GetStringAsync("/social-care/measures/assessments");

        var refusedPage = await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        // Inline, under the field, as well as in the summary; and the title says there is an error.
        Assert.Contains(
            "<p id=\"WorkingDays-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> Enter the timescale in working days, from 1 to 200</p>",
            refusedPage,
            StringComparison.Ordinal
        );
        Assert.Contains("<title>Error: ", refusedPage, StringComparison.Ordinal);
        Assert.Contains(
            "The date of the initial conference must be a real date",
            await badDate.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal
        );
        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect], [recorded.StatusCode, reviewed.StatusCode]);
        Assert.Contains(
            "The weekly review is recorded",
            await manager.GetStringAsync(reviewed.Headers.Location!.OriginalString),
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("decided by Team manager J. Smith", before, StringComparison.Ordinal);
        Assert.Contains("decided by Team manager J. Smith", children, StringComparison.Ordinal);
        Assert.Contains("of 120", children, StringComparison.Ordinal);
        await using var db = server.Database.NewContext();
        Assert.Equal(
            ["FlexibleTimescale", "FlexibleTimescaleReview"],
            db.AuditEntries.Where(a => a.EntityType.StartsWith("FlexibleTimescale")).OrderBy(a => a.Id).Select(a => a.EntityType).ToList()
        );
    }

    [Theory]
    [BothDatabases]
    public async Task The_social_care_manager_loads_an_extract_on_the_page_and_a_file_that_is_not_one_is_refused_with_its_reason(
        DatabaseProvider provider
    )
    {
        var server = await servers.OnAsync(provider);
        using var manager = await server.SignedInAsync(Manager);
        var sample = await File.ReadAllBytesAsync(
            SharedData.Require("annex-a", "Annex_A_sample.xlsx"),
            TestContext.Current.CancellationToken
        );

        using var performance = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));
        var generalUpload = await performance.UploadAsync(
            "/imports/upload",
            "Annex_A_sample.xlsx",
            sample,
            new Dictionary<string, string> { ["Format"] = AnnexAFormat.FormatName }
        );
        var refused = await manager.UploadAsync("/social-care/annex-a", "not-an-extract.xlsx", "just text"u8.ToArray());
        var loaded = await manager.UploadAsync("/social-care/annex-a", "Annex_A_sample.xlsx", sample);
        var page = await manager.GetStringAsync("/social-care/annex-a");

        var refusedPage = await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("not-an-extract.xlsx was not loaded", refusedPage, StringComparison.Ordinal);
        Assert.Contains("neither a readable XLSX workbook nor a zip of CSV lists", refusedPage, StringComparison.Ordinal);
        // Child-level lists never come in through the general upload page, which a performance officer can use.
        Assert.Contains(
            "Select a format you may import",
            await generalUpload.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal
        );
        Assert.Equal(HttpStatusCode.Redirect, loaded.StatusCode);
        Assert.Contains("The latest extract: Annex_A_sample.xlsx", page, StringComparison.Ordinal);
        await using var db = server.Database.NewContext();
        Assert.Equal(Manager, db.ImportRuns.Where(r => r.Format == AnnexAFormat.FormatName).OrderBy(r => r.Id).Last().ImportedBy);
    }

    [Theory]
    [BothDatabases]
    public async Task The_export_is_the_templates_layout_with_dates_as_dates_for_the_six_months_chosen(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        await LoadAsync(server);
        using var manager = await server.SignedInAsync(Manager);
        var template = AnnexAReader.Sheets(SharedData.Require("annex-a", "Annex_A_sample.xlsx"));

        var autumn = await manager.GetAsync("/social-care/annex-a?handler=Export&to=2021-03-01");
        var before = await manager.GetAsync("/social-care/annex-a?handler=Export&to=2020-08-31");
        var bad = await manager.GetStringAsync("/social-care/annex-a?handler=Export&to=last%20March");
        var startOfTime = await manager.GetStringAsync("/social-care/annex-a?handler=Export&to=0001-01-01");

        using var workbook = SpreadsheetDocument.Open(await autumn.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken), false);
        var part = workbook.WorkbookPart!;
        var sheets = part.Workbook!.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().ToList();
        var contacts = ((WorksheetPart)part.GetPartById(sheets[0].Id!))
            .Worksheet!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
            .ToList();
        string Text(DocumentFormat.OpenXml.Spreadsheet.Cell c) => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "";

        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(workbook, TestContext.Current.CancellationToken));
        // The template's sheet names and headers, in its order.
        Assert.Equal(template.Select(t => t.Sheet), sheets.Select(s => s.Name!.Value));
        Assert.Equal(
            template[0].Header.Select(h => h.Trim()),
            contacts[0].Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(Text)
        );
        // The five contacts of September 2020 fall in the six months to 1 March 2021, none in those to 31 August 2020.
        Assert.Equal(6, contacts.Count);
        var dateOfContact = contacts[1]
            .Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>()
            .ElementAt(Array.IndexOf(template[0].Header, "Date of Contact"));
        Assert.Equal(("44090", 1u), (dateOfContact.CellValue!.Text, dateOfContact.StyleIndex!.Value));
        Assert.Contains(
            "annex-a-2020-09-01-to-2021-03-01.xlsx",
            autumn.Content.Headers.ContentDisposition!.ToString(),
            StringComparison.Ordinal
        );
        using var earlier = SpreadsheetDocument.Open(await before.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken), false);
        var earlierContacts = (WorksheetPart)
            earlier.WorkbookPart!.GetPartById(
                earlier.WorkbookPart.Workbook!.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().First().Id!
            );
        Assert.Single(earlierContacts.Worksheet!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>());
        Assert.Contains("Enter the day the look-back ends as a date", bad, StringComparison.Ordinal);
        Assert.Contains("Enter the day the look-back ends as a date", startOfTime, StringComparison.Ordinal);
        // Child-level data is never kept by a browser or a proxy.
        Assert.Contains("no-store", autumn.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    private static async Task LoadAsync(BeaconServer server)
    {
        var sample = SharedData.Require("annex-a", "Annex_A_sample.xlsx");
        await using (var db = server.Database.NewContext())
        {
            if (db.AnnexARecords.Any())
            {
                return;
            }
        }

        Assert.True((await TestImports.RunAsync(server.Database, new AnnexAFormat(AnnexAMap.Shipped), sample)).Succeeded);
    }
}
