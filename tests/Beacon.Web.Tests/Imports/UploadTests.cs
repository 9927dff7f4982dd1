using System.Net;
using System.Text;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Testing;

namespace Beacon.Web.Tests.Imports;

/// <summary>The upload page: the same validation report as the command, and nothing written on a bad file.</summary>
public sealed class UploadTests(BeaconServers servers) : IClassFixture<BeaconServers>
{
    private const string Header =
        "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,population_type,children_count";

    [Theory]
    [BothDatabases]
    public async Task A_bad_upload_shows_the_validation_report_and_changes_nothing(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));
        var before = await server.Database.ContentChecksumAsync();
        var csv =
            $"{Header}\n2025,Reporting year,National,E92000001,England,,,,,,All,81770\n2025,Reporting year,Local authority,E92000001,England,E12000001,North East,805,E06999998,Nowhere,All,12\n";

        var response = await client.UploadAsync("bad.csv", Encoding.UTF8.GetBytes(csv));
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Validation report: nothing was imported", page, StringComparison.Ordinal);
        Assert.Contains("E06999998", page, StringComparison.Ordinal);
        Assert.Contains("not a known local authority code", page, StringComparison.Ordinal);
        Assert.Equal(before, await server.Database.ContentChecksumAsync());
    }

    [Theory]
    [BothDatabases]
    public async Task A_file_over_the_upload_limit_is_refused_with_the_limit_named(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));
        var before = await server.Database.ContentChecksumAsync();
        var rows = string.Concat(
            Enumerable.Range(0, 5000).Select(i => $"2025,Reporting year,National,E92000001,England,,,,,,Group {i},{i}\n")
        );

        var response = await client.UploadAsync("big.csv", Encoding.UTF8.GetBytes(Header + "\n" + rows));
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"over the limit of {BeaconServer.UploadLimit:N0} bytes", page, StringComparison.Ordinal);
        Assert.Equal(before, await server.Database.ContentChecksumAsync());
    }

    [Theory]
    [BothDatabases]
    public async Task A_good_upload_is_imported_recorded_and_audited_to_the_uploader(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        var officer = BeaconServer.UserFor(BeaconRole.SchoolImprovementOfficer);
        using var client = await server.SignedInAsync(officer);
        var csv = $"{Header}\n2024,Reporting year,National,E92000001,England,,,,,,All,80000\n";

        var response = await client.UploadAsync("good-upload.csv", Encoding.UTF8.GetBytes(csv));
        var history = await client.GetStringAsync("/imports");
        var home = await client.GetStringAsync("/");

        Assert.Contains(
            "Import complete",
            await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal
        );
        Assert.Contains("good-upload.csv", history, StringComparison.Ordinal);
        // Who imported it, by name rather than user name.
        Assert.Contains("<td class=\"govuk-table__cell\">Demo school improvement officer</td>", history, StringComparison.Ordinal);
        // The home page names the dataset as people say it.
        Assert.Contains("<td class=\"govuk-table__cell\">Good upload</td>", home, StringComparison.Ordinal);
    }

    [Theory]
    [BothDatabases]
    public async Task The_upload_page_offers_each_role_only_the_formats_it_may_edit_and_refuses_the_rest_unchanged(
        DatabaseProvider provider
    )
    {
        var server = await servers.OnAsync(provider);
        string[] national = ["dfe-open-data", "statistical-neighbours", "ofsted-la-inspections", "lait-data", "lait-dictionary"];
        var offered = new Dictionary<BeaconRole, string[]>
        {
            [BeaconRole.Administrator] = national,
            [BeaconRole.PerformanceOfficer] =
            [
                .. national,
                "finance-lines",
                "savings-schedule",
                "indicators",
                "milestones",
                "indicator-values",
                "benchmark-indicators",
                "core-dataset",
            ],
            [BeaconRole.SchoolImprovementOfficer] =
            [
                .. national,
                "gias-establishments",
                "ofsted-inspections",
                "gias-links",
                "school-performance-tables",
            ],
            [BeaconRole.SocialCareManager] = [.. national, "fostering-quarter"],
        };
        string[] every =
        [
            .. offered[BeaconRole.PerformanceOfficer],
            .. offered[BeaconRole.SchoolImprovementOfficer],
            "fostering-quarter",
            "annex-a",
        ];
        foreach (var role in Enum.GetValues<BeaconRole>())
        {
            using var client = await server.SignedInAsync(BeaconServer.UserFor(role));
            var page = await client.GetAsync("/imports/upload");
            if (!offered.TryGetValue(role, out var formats))
            {
                Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
                continue;
            }

            var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            var radios = System
                .Text.RegularExpressions.Regex.Matches(html, "name=\"Format\" type=\"radio\" value=\"([a-z0-9-]+)\"")
                .Select(m => m.Groups[1].Value);
            Assert.Equal(formats.Order(), radios.Order());
            foreach (var refused in every.Distinct().Except(formats))
            {
                var before = await server.Database.ContentChecksumAsync();
                var response = await client.UploadAsync(
                    "/imports/upload",
                    "values.csv",
                    Encoding.UTF8.GetBytes("indicator,quarter,value\nCS1,2013/14 Q1,999999\n"),
                    new Dictionary<string, string> { ["Format"] = refused }
                );
                var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                Assert.Contains("Select a format you may import", body, StringComparison.Ordinal);
                Assert.Equal(before, await server.Database.ContentChecksumAsync());
            }
        }
    }

    [Theory]
    [BothDatabases]
    public async Task The_audit_page_filters_by_what_changed(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Administrator));

        var users = await client.GetStringAsync("/audit?entity=User");
        var schools = await client.GetStringAsync("/audit?entity=School");

        Assert.Contains("Created User", users, StringComparison.Ordinal);
        Assert.DoesNotContain("Created School", users, StringComparison.Ordinal);
        Assert.Contains("Created School 990001", schools, StringComparison.Ordinal);
        Assert.Contains("demo-seeder", schools, StringComparison.Ordinal);
    }
}
