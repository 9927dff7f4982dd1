using Beacon.Application.Imports;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Import.Pipeline;
using Beacon.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Beacon.Application.Tests.Imports;

/// <summary>
/// Who may import what: the right to import and the right to edit what the format writes, for every role and every
/// format, on the one importer the upload page and the command share.
/// </summary>
public sealed class ImportPermissionTests
{
    private static readonly string[] NationalStatistics =
    [
        "dfe-open-data",
        "statistical-neighbours",
        "ofsted-la-inspections",
        "lait-data",
        "lait-dictionary",
    ];

    /// <summary>Written out by hand from the issue, so that a change to the grants shows here.</summary>
    public static TheoryData<BeaconRole, string[]> MayImport =>
        new()
        {
            { BeaconRole.Administrator, NationalStatistics },
            {
                BeaconRole.PerformanceOfficer,
                [
                    .. NationalStatistics,
                    "finance-lines",
                    "savings-schedule",
                    "indicators",
                    "milestones",
                    "indicator-values",
                    "benchmark-indicators",
                    "core-dataset",
                ]
            },
            {
                BeaconRole.SchoolImprovementOfficer,
                [.. NationalStatistics, "gias-establishments", "ofsted-inspections", "gias-links", "school-performance-tables"]
            },
            { BeaconRole.SocialCareManager, [.. NationalStatistics, "fostering-quarter", "annex-a"] },
            { BeaconRole.LeadOfficer, [] },
            { BeaconRole.Councillor, [] },
            { BeaconRole.Headteacher, [] },
        };

    [Theory]
    [MemberData(nameof(MayImport))]
    public void A_person_is_offered_only_the_formats_whose_records_they_may_edit(BeaconRole role, string[] expected)
    {
        var offered = FileImporter.FormatsFor(User(role)).Select(f => f.Name);

        Assert.Equal(expected.Order(), offered.Order());
    }

    [Theory]
    [BothDatabases]
    public async Task Importing_a_format_one_may_not_edit_is_refused_and_changes_nothing_for_every_role(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var token = TestContext.Current.CancellationToken;
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, "not,a,real,file\n1,2,3,4\n", token);
        try
        {
            foreach (var row in MayImport)
            {
                var (role, allowed) = row.Data;
                foreach (var format in ImportFormats.All)
                {
                    var before = await database.ContentChecksumAsync();
                    await using var db = database.NewContext();
                    var importer = new FileImporter(
                        db,
                        new ImportPipeline(new ImportOptions(), TimeProvider.System),
                        new FakeTimeProvider()
                    );

                    var imported = await importer.RunAsync(
                        User(role),
                        new FileToImport(format.Name, file, "matrix.csv", DatasetFor(format.Name)),
                        progress: null,
                        token
                    );

                    var refused = imported.Problem?.Code == FileImporter.NotPermitted;
                    Assert.True(allowed.Contains(format.Name) != refused, $"{role} importing {format.Name}: refused {refused}");
                    Assert.Equal(before, await database.ContentChecksumAsync());
                }
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static BeaconUser User(BeaconRole role) => new($"a-{role}", new HashSet<BeaconRole> { role });

    private static string? DatasetFor(string format) =>
        format switch
        {
            "school-performance-tables" => "201819",
            "statistical-neighbours" => "2025",
            _ => null,
        };
}
