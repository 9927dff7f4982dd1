using Beacon.Application.Schools;
using Beacon.Data;
using Beacon.Domain.Achievement;
using Beacon.Import.DfeOpenData;
using Beacon.Import.Geography;
using Beacon.Import.Schools;
using Beacon.Reports.Schools;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Beacon.Application.Tests.Schools;

/// <summary>
/// The Pupil Achievement Summary 2013 (Provisional) of seed 000, item 7.3, reproduced: its KS2 level 4 figures from
/// files in DfE's 2013 performance tables layout (with the authority's and England's rows), provisional figures
/// and last year's national figure marked, and the figures no file gives recorded by an officer with their source.
/// </summary>
public sealed class PupilAchievementSummary2013Tests : IDisposable
{
    private const string Hartlepool = "E06000001";

    private static readonly string[] ProgressMeasures = ["ks2_read_2lp", "ks2_writ_2lp", "ks2_mat_2lp"];

    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;

    private readonly string _folder = Directory.CreateTempSubdirectory("beacon-achievement-2013-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [BothDatabases]
    public async Task Standards_at_level_4_reading_writing_and_maths_come_out_of_DfEs_performance_tables_as_the_seed_reports_them(
        DatabaseProvider provider
    )
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        // DfE's KS2 performance tables layout: schools (record type 1), the authority (4), England (5), and England's
        // maintained schools (7), which Beacon passes over. Percentages as DfE writes them.
        const string header = "RECTYPE,LEA,URN,SCHNAME,PTREADX,PTWRITXTA,PTMATX,PTREADWRITTAMATX,PT2READ,PT2WRITTA,PT2MATH";
        Assert.True(
            (
                await TestImports.RunAsync(
                    database,
                    new PerformanceTablesSchoolsFormat("201213"),
                    Write(
                        "2013_ks2.csv",
                        header,
                        "1,805,111660,Example Primary School,90%,86%,91%,80%,91%,96%,94%",
                        "4,805,,,88%,85%,89%,78%,90%,95%,93%",
                        "5,,,,86%,83%,85%,75%,88%,91%,88%",
                        "7,,,,86%,83%,85%,76%,88%,91%,88%"
                    )
                )
            ).Succeeded
        );
        Assert.True(
            (
                await TestImports.RunAsync(
                    database,
                    new PerformanceTablesSchoolsFormat("201112"),
                    Write("2012_ks2.csv", header, "4,805,,,88%,84%,85%,75%,91%,93%,91%", "5,,,,87%,81%,84%,75%,90%,90%,89%")
                )
            ).Succeeded
        );

        await using var db = database.NewContext();
        var summary = (await AchievementSummaryBuilder.LoadAsync(db, Hartlepool, 2012, AchievementCatalog.Shipped, Token)).Value;

        AchievementRow Row(string code) => summary.Rows.Single(r => r.Measure.Code == code && r.Group == "All pupils");
        // "Reading remained at 88% in 2013 which is above the national average of 86%."
        Assert.Equal((88m, 86m, 0m), (Row("ks2_read_l4").Value, Row("ks2_read_l4").England, Row("ks2_read_l4").Change));
        // "Standards in writing increased by 1% this year to 85% against a national figure of 83%."
        Assert.Equal((85m, 83m, 1m), (Row("ks2_writ_l4").Value, Row("ks2_writ_l4").England, Row("ks2_writ_l4").Change));
        // "Mathematics ... a rise of 4% points to 89% in 2013 compared with at national average of 85%."
        Assert.Equal((89m, 85m, 4m), (Row("ks2_mat_l4").Value, Row("ks2_mat_l4").England, Row("ks2_mat_l4").Change));
        // Expected progress: "reading ... 90%", "writing ... 95%", "mathematics ... 93%".
        Assert.Equal([90m, 95m, 93m], ProgressMeasures.Select(c => Row(c).Value!.Value));
        Assert.Equal(1, await db.Schools.CountAsync(Token));
    }

    [Theory]
    [BothDatabases]
    public async Task Provisional_figures_are_marked_and_where_no_national_figure_is_published_last_years_stands_in_marked_as_such(
        DatabaseProvider provider
    )
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var file = Write(
            "phonics_2013.csv",
            "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,version,year_group,expected_standard_pupil_percent",
            $"201213,Academic year,Local authority,E92000001,England,E12000001,North East,805,{Hartlepool},Hartlepool,Provisional,Year 1,75",
            $"201112,Academic year,Local authority,E92000001,England,E12000001,North East,805,{Hartlepool},Hartlepool,Final,Year 1,62",
            "201112,Academic year,National,E92000001,England,,,,,,Final,Year 1,58",
            $"201213,Academic year,Local authority,E92000001,England,E12000001,North East,805,{Hartlepool},Hartlepool,Provisional,Year 2,80"
        );
        var imported = await TestImports.RunAsync(database, new DfeOpenDataFormat("phonics_la", LocalAuthorityRegister.Shipped), file);
        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors.Kept));

        await using var db = database.NewContext();
        var summary = (await AchievementSummaryBuilder.LoadAsync(db, Hartlepool, 2012, AchievementCatalog.Shipped, Token)).Value;

        var year1 = summary.Rows.Single(r => r.Measure.Code == "phonics_y1_exp");
        // "In 2013, 75% achieved the required standard. This is an increase from 62% in 2012. The national benchmark in 2012 was 58%."
        Assert.Equal((75m, 13m, 58m), (year1.Value, year1.Change, year1.England));
        Assert.Equal(new FigureNotes(true, false, 2011, null), year1.Notes);
        Assert.Contains("England: 2011/12 figure", year1.Notes!.Text, StringComparison.Ordinal);
        // "In 2013, 80% of those eligible to take the Screening Check again achieved the required standard."
        Assert.Equal(80m, summary.Rows.Single(r => r.Measure.Code == "phonics_y2_retake").Value);
        Assert.True(summary.IsProvisional);
        Assert.Equal("Pupil Achievement Summary 2012/13 (Provisional)", AchievementSummaryTables.Title(summary));
    }

    [Theory]
    [BothDatabases]
    public async Task A_figure_no_file_gives_is_recorded_by_an_officer_with_its_source_audited_and_shown_as_recorded(
        DatabaseProvider provider
    )
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
        {
            var recorder = new AchievementFigureRecorder(db, new FakeTimeProvider(new DateTimeOffset(2013, 10, 1, 9, 0, 0, TimeSpan.Zero)));
            const string paper = "Pupil Achievement Summary 2013, Children's Services Committee";
            AchievementFigureInput Input(string measure, string place, RecordedFigureKind kind, string value, bool provisional = false) =>
                new(measure, 2012, place, kind.ToString(), null, value, provisional, paper);
            // "the gender gap widening from 9% in 2012 to 10% in 2013"; the FSM gap "narrowed ... to 9% points in 2013".
            Assert.True(
                (
                    await recorder.RecordAsync(
                        Input("phonics_y1_exp", "authority", RecordedFigureKind.GenderGap, "10"),
                        Hartlepool,
                        "adviser",
                        Token
                    )
                ).Succeeded
            );
            Assert.True(
                (
                    await recorder.RecordAsync(
                        Input("phonics_y1_exp", "authority", RecordedFigureKind.DisadvantageGap, "9"),
                        Hartlepool,
                        "adviser",
                        Token
                    )
                ).Succeeded
            );
            // "At A2 (Year 13), ... 54% gained an A or B compared with 53% nationally."
            Assert.True(
                (
                    await recorder.RecordAsync(
                        Input("ks5_a2_ab", "authority", RecordedFigureKind.Figure, "54%"),
                        Hartlepool,
                        "adviser",
                        Token
                    )
                ).Succeeded
            );
            Assert.True(
                (
                    await recorder.RecordAsync(
                        Input("ks5_a2_ab", "england", RecordedFigureKind.Figure, "53", provisional: true),
                        Hartlepool,
                        "adviser",
                        Token
                    )
                ).Succeeded
            );
        }

        await using var read = database.NewContext();
        var summary = (await AchievementSummaryBuilder.LoadAsync(read, Hartlepool, 2012, AchievementCatalog.Shipped, Token)).Value;

        var ab = summary.Rows.Single(r => r.Measure.Code == "ks5_a2_ab");
        Assert.Equal((54m, 53m), (ab.Value, ab.England));
        Assert.Equal(new FigureNotes(false, true, null, "Pupil Achievement Summary 2013, Children's Services Committee"), ab.Notes);
        var gaps = summary.Gaps.Where(g => g.Measure.Code == "phonics_y1_exp").ToDictionary(g => g.Kind);
        Assert.Equal(10m, gaps["Gender (girls less boys)"].Gap);
        Assert.Equal(9m, gaps["Disadvantage (others less disadvantaged)"].Gap);
        Assert.All(gaps.Values, g => Assert.NotNull(g.Source));
        Assert.Contains(AchievementSummaryTables.Notes(summary), n => n.Contains("Recorded by an officer from", StringComparison.Ordinal));
        var audit = await read.AuditEntries.Where(a => a.EntityType == "RecordedAchievementFigure").ToListAsync(Token);
        Assert.Equal(4, audit.Count);
        Assert.All(
            audit,
            a =>
                Assert.Equal(
                    ("adviser", "Published figure recorded from: Pupil Achievement Summary 2013, Children's Services Committee"),
                    (a.Actor, a.Reason)
                )
        );
    }

    [Theory]
    [BothDatabases]
    public async Task A_recorded_figure_without_a_source_or_out_of_range_is_refused_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var recorder = new AchievementFigureRecorder(db, new FakeTimeProvider());

        var refused = await recorder.RecordAsync(
            new AchievementFigureInput("ks5_a2_ab", 2012, "authority", "Figure", null, "120", false, " "),
            Hartlepool,
            "adviser",
            Token
        );
        var unknown = await recorder.RecordAsync(
            new AchievementFigureInput("nonsense", 2012, null, "Figure", null, "", false, "DfE"),
            Hartlepool,
            "adviser",
            Token
        );

        Assert.Equal(["Value", "Source"], refused.Problem!.Details.Select(p => p.Code));
        Assert.Equal("The figure must be between 0 and 100", refused.Problem.Details[0].Message);
        Assert.Equal(["Measure", "Place", "Value"], unknown.Problem!.Details.Select(p => p.Code));
        Assert.Equal(0, await database.NewContext().RecordedAchievementFigures.CountAsync(Token));
    }

    [Theory]
    [BothDatabases]
    public async Task A_figure_a_DfE_file_gives_is_shown_from_the_file_and_not_from_what_an_officer_recorded(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Assert.True(
            (
                await TestImports.RunAsync(
                    database,
                    new PerformanceTablesSchoolsFormat("201213"),
                    Write("2013_ks2.csv", "RECTYPE,LEA,URN,SCHNAME,PTREADX", "4,805,,,88%")
                )
            ).Succeeded
        );
        await using (var db = database.NewContext())
        {
            var recorder = new AchievementFigureRecorder(db, new FakeTimeProvider());
            var input = new AchievementFigureInput("ks2_read_l4", 2012, "authority", "Figure", "", "87", true, "Early draft");
            Assert.True((await recorder.RecordAsync(input, Hartlepool, "adviser", Token)).Succeeded);
        }

        await using var read = database.NewContext();
        var row = (await AchievementSummaryBuilder.LoadAsync(read, Hartlepool, 2012, AchievementCatalog.Shipped, Token)).Value.Rows.Single(
            r => r.Measure.Code == "ks2_read_l4"
        );

        Assert.Equal((88m, (string?)null), (row.Value, row.Notes?.Source));
    }

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }
}
