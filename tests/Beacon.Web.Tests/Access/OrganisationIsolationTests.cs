using System.IO.Compression;
using System.Net;
using System.Text;
using Beacon.Application.Demo;
using Beacon.Data;
using Beacon.Data.Organisations;
using Beacon.Testing;
using Beacon.Web.Tests.Crawl;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.Access;

/// <summary>
/// Two authorities on one deployment, as the demo region has them: the demo authority with all its records, and
/// Middlesbrough with only the national data everyone shares. Each of the demo authority's people crawls every page
/// and download they reach; Middlesbrough's person of the same role then asks for every one of those addresses.
/// </summary>
public sealed class OrganisationIsolationTests
{
    private const int PagesPerRole = 250;

    // Columns whose text Beacon itself writes, the same for whichever authority made the record: audit reasons, and
    // the names of Annex A's columns in an extract's report.
    private static readonly HashSet<string> WrittenByBeacon = new(StringComparer.Ordinal)
    {
        "audit_entries.reason",
        "annex_a_issues.column",
        // Grades are the framework's words (Ofsted's), which national inspection pages use too.
        "self_assessment_areas.grade",
        "self_assessment_moderations.moderated_grade",
    };

    // The demo's titles that are also Beacon's own words: the fostering report's title, a hint's example.
    private static readonly HashSet<string> BeaconsOwnWords = new(StringComparer.Ordinal)
    {
        "Fostering Service Quarterly Report",
        "Ofsted Inspection Framework",
    };

    [Theory]
    [BothDatabases]
    public async Task No_page_or_download_of_one_authoritys_records_reaches_another_authoritys_people(DatabaseProvider provider)
    {
        var shared = SharedData.Folder is { } folder ? Path.Combine(folder, "dfe-children-social-care") : null;
        await using var server = await BeaconServer.StartAsync(provider, shared);
        var canaries = await CanariesAsync(server.Database, RegionDemo.OtherLaCode);
        Assert.True(canaries.Count > 50, $"only {canaries.Count} texts of the demo authority's own records to look for");
        var failures = new List<string>();
        var (requested, refused) = (0, 0);

        foreach (var role in RegionDemo.OtherRoles)
        {
            using var home = await server.SignedInAsync(DemoSeeder.UserNameFor(role));
            var paths = await SiteCrawl.RunAsync(home, DemoSeeder.UserNameFor(role), PagesPerRole, failures);
            using var other = await server.SignedInAsync(RegionDemo.OtherUserNameFor(role));
            foreach (var path in paths)
            {
                requested++;
                using var response = await other.GetAsync(path);
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{RegionDemo.OtherUserNameFor(role)}: {path} answered {(int)response.StatusCode}");
                    continue;
                }

                if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
                {
                    refused++;
                    continue;
                }

                var text = await TextOfAsync(response);
                foreach (var (canary, from) in canaries.Where(c => text.Contains(c.Key, StringComparison.Ordinal)).Take(3))
                {
                    failures.Add($"{RegionDemo.OtherUserNameFor(role)}: {path} shows \"{canary}\" ({from} of another organisation)");
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{provider}: {canaries.Count} texts looked for in {requested} answers to Middlesbrough's people; {refused} refused"
        );
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
        Assert.True(refused > 0, "Middlesbrough's people were refused nothing: the demo authority's record pages were not reached");
        Assert.True(server.LoggedErrors.Count == 0, string.Join("\n\n", server.LoggedErrors.Take(5)));
    }

    /// <summary>
    /// Every text of some length in the records of every organisation but the asker's (the demo authority's, the
    /// region's alliance's), not JSON, not Beacon's own wording, with the column it came from: any of them in an
    /// answer to Middlesbrough's people is a leak.
    /// </summary>
    private static async Task<Dictionary<string, string>> CanariesAsync(TestDatabase database, string askerLaCode)
    {
        await using var db = database.NewContext();
        var asker = await db
            .Organisations.Where(o => o.LaCode == askerLaCode)
            .Select(o => o.Id)
            .SingleAsync(TestContext.Current.CancellationToken);
        var canaries = new Dictionary<string, string>(StringComparer.Ordinal);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        foreach (var type in db.Model.GetEntityTypes().Where(OrganisationOwnership.IsOwned))
        {
            var table = type.GetTableName()!;
            foreach (var property in type.GetProperties().Where(p => p.ClrType == typeof(string)))
            {
                var column = property.GetColumnName();
                if (WrittenByBeacon.Contains($"{table}.{column}"))
                {
                    continue;
                }

                await using var command = connection.CreateCommand();
                command.CommandText =
                    $"SELECT DISTINCT \"{column}\" FROM \"{table}\" WHERE organisation_id <> {asker} AND \"{column}\" IS NOT NULL";
                await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
                while (await reader.ReadAsync(TestContext.Current.CancellationToken))
                {
                    var value = reader.GetString(0).Trim();
                    if (
                        value.Length >= 20
                        && value.Contains(' ', StringComparison.Ordinal)
                        && value[0] is not ('{' or '[')
                        && !BeaconsOwnWords.Contains(value)
                    )
                    {
                        canaries.TryAdd(value, $"{table}.{column}");
                    }
                }
            }
        }

        return canaries;
    }

    /// <summary>What an answer says, as a reader would read it: a page's text, or the text inside a Word or Excel file.</summary>
    private static async Task<string> TextOfAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        if (bytes is [(byte)'P', (byte)'K', ..])
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var text = new StringBuilder();
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(entry.Open());
                text.Append(await reader.ReadToEndAsync(TestContext.Current.CancellationToken));
            }

            // A Word paragraph's runs and an Excel cell's text, joined as they read.
            return WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(text.ToString(), "<[^>]+>", ""));
        }

        return WebUtility.HtmlDecode(Encoding.UTF8.GetString(bytes));
    }
}
