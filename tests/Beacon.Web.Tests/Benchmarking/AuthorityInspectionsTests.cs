using System.Globalization;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Import.Pipeline;
using Beacon.Testing;
using CsvHelper;

namespace Beacon.Web.Tests.Benchmarking;

/// <summary>Ofsted's tables of authority inspections through the inspections page, checked against the published table.</summary>
public sealed class AuthorityInspectionsTests(BeaconServers servers) : IClassFixture<BeaconServers>
{
    [Theory]
    [BothDatabases]
    public async Task The_page_gives_an_authoritys_history_the_national_picture_and_the_next_inspection(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        var folder = SharedData.Require("dfe-children-social-care");
        foreach (
            var (path, format) in FolderImport
                .Plan(folder)
                .Where(p => Path.GetFileName(p.Path).StartsWith("ofsted_la_", StringComparison.Ordinal))
        )
        {
            Assert.True((await TestImports.RunAsync(server.Database, format, path)).Succeeded, path);
        }

        // Each authority's latest overall effectiveness as Ofsted's own table has it at 31 March 2025.
        var counts = new Dictionary<string, int>();
        using (
            var csv = new CsvReader(
                new StreamReader(Path.Combine(folder, "ofsted_la_inspections_as_at_31_march.csv")),
                CultureInfo.InvariantCulture
            )
        )
        {
            foreach (var row in csv.GetRecords<dynamic>())
            {
                var judgement = (string)((IDictionary<string, object>)row)["Overall effectiveness"];
                counts[judgement] = counts.GetValueOrDefault(judgement) + 1;
            }
        }

        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.SocialCareManager));

        var page = await client.GetStringAsync("/social-care/inspections?la=805&asAt=2025-03-31");

        Assert.Contains("18 March 2024", page, StringComparison.Ordinal);
        Assert.Contains("ILACS Short Inspection", page, StringComparison.Ordinal);
        Assert.Contains("The experiences and progress of care leavers: Good", page, StringComparison.Ordinal);
        foreach (var judgement in new[] { "Outstanding", "Good", "Requires improvement to be good", "Inadequate" })
        {
            Assert.Contains(
                $"<th scope=\"row\" class=\"govuk-table__header\">{judgement}</th>\n        <td class=\"govuk-table__cell govuk-table__cell--numeric\">{counts[judgement]}</td>",
                page.ReplaceLineEndings("\n"),
                StringComparison.Ordinal
            );
        }

        // Outstanding in March 2024: a short inspection within five years, by March 2029.
        Assert.Contains("<strong>Short inspection</strong> by 18 March 2029", page, StringComparison.Ordinal);

        // The same date typed into the page's day, month and year boxes, and one that is not a date.
        var typed = await client.GetStringAsync("/social-care/inspections?la=805&On.Day=31&On.Month=3&On.Year=2025");
        var wrong = await client.GetStringAsync("/social-care/inspections?la=805&On.Day=31&On.Month=2&On.Year=2025");
        Assert.Contains("<strong>Short inspection</strong> by 18 March 2029", typed, StringComparison.Ordinal);
        Assert.Contains("The date must be a real date", wrong, StringComparison.Ordinal);
        Assert.Contains("value=\"31\"", wrong, StringComparison.Ordinal);
    }
}
