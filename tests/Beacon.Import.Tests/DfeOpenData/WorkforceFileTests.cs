using Beacon.Data;
using Beacon.Domain.Geography;
using Beacon.Import.DfeOpenData;
using Beacon.Import.Geography;
using Beacon.Import.Pipeline;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Import.Tests.DfeOpenData;

/// <summary>
/// The children's social work workforce file (CSWW) loads as DfE publishes it: its 2025 rows carry ONS's newer codes
/// for Barnsley and Sheffield, and shared services report two councils in one row ("940 / 941"). Written here in
/// the file's layout (issue #18), since the file itself is not in ../shared/data.
/// </summary>
public sealed class WorkforceFileTests : IDisposable
{
    private const string Header =
        "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,new_la_code,old_la_code,la_name,fte_social_workers";

    private readonly string _folder = Directory.CreateTempSubdirectory("beacon-csww-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [BothDatabases]
    public async Task Newer_ONS_codes_join_the_authoritys_series_and_shared_services_are_filed_apart(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var file = Write(
            "csww.csv",
            Header,
            "2024,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,E08000016,370,Barnsley,180",
            "2025,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,E08000038,370,Barnsley,185",
            "2025,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,E08000039,373,Sheffield,420",
            "2025,Reporting year,Local authority,E92000001,England,E12000004,East Midlands,E06000061 / E06000062,940 / 941,North Northamptonshire / West Northamptonshire,310",
            "2025,Reporting year,Local authority,E92000001,England,E13000002,Outer London,,314 / 318,Kingston upon Thames / Richmond upon Thames,190"
        );

        var outcome = await ImportAsync(database, file);

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Errors.Kept));
        await using var db = database.NewContext();
        var figures = await db.Statistics.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(
            [("2024", 180m), ("2025", 185m)],
            figures.Where(f => f.GeographyCode == "E08000016").OrderBy(f => f.TimePeriod).Select(f => (f.TimePeriod, f.Value!.Value))
        );
        Assert.Equal(420m, figures.Single(f => f.GeographyCode == "E08000019").Value);
        Assert.Equal(
            [("E06000061 / E06000062", 310m), ("E09000021 / E09000027", 190m)],
            figures
                .Where(f => f.GeographicLevel == GeographicLevel.SharedService)
                .OrderBy(f => f.GeographyCode)
                .Select(f => (f.GeographyCode, f.Value!.Value))
        );
        Assert.DoesNotContain(figures, f => f.GeographyCode is "E06000061" or "E06000062" or "E08000038" or "E08000039");
    }

    [Theory]
    [BothDatabases]
    public async Task Unknown_codes_are_named_as_unknown_codes_and_not_as_duplicates_of_each_other(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var file = Write(
            "csww-bad.csv",
            Header,
            "2025,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,E08000098,,Nowhere,10",
            "2025,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,E08000099,,Elsewhere,11",
            "2025,Reporting year,Local authority,E92000001,England,E12000004,East Midlands,E06000061 / E06000099,,North Northamptonshire / Nowhere,12"
        );

        var outcome = await ImportAsync(database, file);

        Assert.False(outcome.Succeeded);
        Assert.Equal(
            [
                (2L, "new_la_code", "E08000098", "not a known local authority code"),
                (3L, "new_la_code", "E08000099", "not a known local authority code"),
                (
                    4L,
                    "new_la_code",
                    "E06000061 / E06000099",
                    "a shared service's row must name two or more local authorities Beacon knows, joined by /"
                ),
            ],
            outcome.Errors.Kept.Select(e => (e.Row, e.Column, e.Value, e.Reason))
        );
        await using var db = database.NewContext();
        Assert.Equal(0, await db.Statistics.CountAsync(TestContext.Current.CancellationToken));
    }

    private static async Task<ImportOutcome> ImportAsync(TestDatabase database, string path)
    {
        await using var db = database.NewContext();
        return await new ImportPipeline(new ImportOptions(), TimeProvider.System).RunAsync(
            db,
            new DfeOpenDataFormat("csww", LocalAuthorityRegister.Shipped),
            path,
            Path.GetFileName(path),
            "tester",
            cancellationToken: TestContext.Current.CancellationToken
        );
    }

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }
}
