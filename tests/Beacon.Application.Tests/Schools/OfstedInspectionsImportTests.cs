using System.Text;
using Beacon.Application.Schools;
using Beacon.Data;
using Beacon.Domain.Schools;
using Beacon.Import.Pipeline;
using Beacon.Import.Schools;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Tests.Schools;

/// <summary>
/// Ofsted's management information in its two layouts, written as Ofsted publishes it (Windows-1252, sometimes a
/// title line above the header), read through the header map.
/// </summary>
public sealed class OfstedInspectionsImportTests : IDisposable
{
    // Before the report cards (a 2024 file): overall effectiveness of the latest and previous full inspections.
    private static readonly string[] Before2025 =
    [
        "URN,LAESTAB,School name,Ofsted phase,Type of education,Local authority,Postcode,Total number of pupils,Inspection number,Inspection start date,Publication date,Category of concern,Overall effectiveness,Safeguarding is effective?,Previous inspection start date,Previous full inspection overall effectiveness,Date of latest short inspection,Short inspection overall outcome",
        "100001,8762001,St Mary\u2019s Primary,Primary,Voluntary aided school,Northmoor,NM1 1AA,210,10001,14/05/2019,10/06/2019,,2,Yes,03/03/2015,3,12/01/2023,School remains Good",
        "100002,8762002,Fellside Primary,Primary,Community school,Northmoor,NM1 2AA,180,10002,05/03/2019,01/04/2019,Serious Weaknesses,4,No,NULL,NULL,NULL,NULL",
    ];

    // The 2025-26 layout: report-card grades for the latest full inspection, then the previous framework's latest graded one.
    private static readonly string[] After2025 =
    [
        "Management information - state-funded schools - as at 30 November 2025",
        "URN,LAESTAB,School name,Ofsted phase,Type of education,Local authority,Postcode,Total number of pupils,Inspection number of latest full inspection,Inspection start date,Publication date,URN at time of latest full inspection,Category of concern,Safeguarding standards,Inclusion,Curriculum and teaching,Achievement,Attendance and behaviour,Personal development and wellbeing,Leadership and governance,Inspection start date of latest OEIF graded inspection,URN at time of latest OEIF graded inspection,Latest OEIF overall effectiveness,Latest OEIF  safeguarding is effective?",
        "100003,8764001,Harbour Academy,Secondary,Academy converter,Northmoor,NM2 1AA,900,20003,18/11/2025,,100003,,Met,Expected standard,Strong standard,Needs attention,Expected standard,Strong standard,Expected standard,08/06/2011,100009,3,Yes",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("beacon-ofsted-").FullName;

    [Theory]
    [BothDatabases]
    public async Task Both_layouts_load_with_their_scales_kept_apart_and_history_kept_through_the_earlier_urn(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var first = await ImportAsync(database, Write("mi-2024.csv", Before2025));
        var second = await ImportAsync(database, Write("mi-2025.csv", After2025));
        var checksum = await database.ContentChecksumAsync("import_runs");
        var again = await ImportAsync(database, Write("mi-2025-again.csv", After2025));

        Assert.True(first.Succeeded, string.Join("; ", first.Errors.Kept));
        Assert.True(second.Succeeded, string.Join("; ", second.Errors.Kept));
        Assert.Equal(checksum, await database.ContentChecksumAsync("import_runs"));
        Assert.Equal((0L, 0L), (again.Run!.Inserted, again.Run.Updated));
        await using var db = database.NewContext();
        var inspections = await db
            .Inspections.OrderBy(i => i.Urn)
            .ThenBy(i => i.StartDate)
            .ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(
            [
                (100001, "2015-03-03", "Graded", "FourPoint", (int?)3),
                (100001, "2019-05-14", "Graded", "FourPoint", 2),
                (100001, "2023-01-12", "Ungraded", "FourPoint", null),
                (100002, "2019-03-05", "Graded", "FourPoint", 4),
                (100003, "2025-11-18", "Graded", "ReportCard", null),
                (100009, "2011-06-08", "Graded", "FourPoint", 3),
            ],
            inspections.Select(i =>
                (
                    i.Urn,
                    i.StartDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    i.Type,
                    i.Scale,
                    i.OverallEffectiveness
                )
            )
        );
        Assert.Equal("School remains Good", inspections[2].Outcome);
        Assert.Equal("Serious Weaknesses", inspections[3].CategoryOfConcern);
        Assert.Contains("\"Achievement\":\"Needs attention\"", inspections[4].AreaGrades, StringComparison.Ordinal);
        var academy = await db.Schools.SingleAsync(s => s.Urn == 100003, TestContext.Current.CancellationToken);
        Assert.Equal((100009, "876", 900), (academy.PredecessorUrn, academy.LaCode, academy.Pupils));
        Assert.Equal(
            "St Mary\u2019s Primary",
            (await db.Schools.SingleAsync(s => s.Urn == 100001, TestContext.Current.CancellationToken)).Name
        );

        // The report card is not counted with 4-point grades; the academy counts by its predecessor's grade.
        var outcomes = await SchoolOutcomes.LoadAsync(
            db,
            new SchoolGroup("876", null),
            new DateOnly(2025, 12, 31),
            TestContext.Current.CancellationToken
        );
        var overall = OfstedOutcomes.ByPhase(SchoolOutcomes.Counted(outcomes))[^1];
        Assert.Equal(
            (1, 1, 1),
            (overall.Counts[OfstedGrade.Good], overall.Counts[OfstedGrade.RequiresImprovement], overall.Counts[OfstedGrade.Inadequate])
        );
        // Pupils: 210 in a good school of 210 + 180 + 900.
        Assert.Equal(Math.Round(100m * 210 / 1290, 1), OfstedOutcomes.PupilsInGoodOrBetter(SchoolOutcomes.Counted(outcomes)));
    }

    [Theory]
    [InlineData("a grade that is not one", "2,Yes", "5,Yes", "Overall effectiveness", "5", DatabaseProvider.Sqlite)]
    [InlineData("a grade that is not one", "2,Yes", "5,Yes", "Overall effectiveness", "5", DatabaseProvider.Postgres)]
    [InlineData(
        "a date that is not one",
        "14/05/2019,10/06/2019",
        "14 May,10/06/2019",
        "Inspection start date",
        "14 May",
        DatabaseProvider.Sqlite
    )]
    [InlineData(
        "a date that is not one",
        "14/05/2019,10/06/2019",
        "14 May,10/06/2019",
        "Inspection start date",
        "14 May",
        DatabaseProvider.Postgres
    )]
    public async Task A_bad_row_is_reported_by_its_published_column_and_nothing_is_written(
        string name,
        string good,
        string bad,
        string column,
        string value,
        DatabaseProvider provider
    )
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var before = await database.ContentChecksumAsync();
        string[] lines = [Before2025[0], Before2025[1].Replace(good, bad, StringComparison.Ordinal), Before2025[2]];

        var outcome = await ImportAsync(database, Write("bad.csv", lines));

        Assert.False(outcome.Succeeded, name);
        var error = Assert.Single(outcome.Errors.Kept);
        Assert.Equal((2L, column, value), (error.Row, error.Column, error.Value));
        Assert.Equal(before, await database.ContentChecksumAsync());
    }

    private static Task<ImportOutcome> ImportAsync(TestDatabase database, string path) =>
        TestImports.RunAsync(database, new OfstedInspectionsFormat(), path);

    private string Write(string name, IEnumerable<string> lines)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n", Encoding.GetEncoding(1252));
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
