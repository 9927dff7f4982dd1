using System.Globalization;
using Beacon.Application.Schools;
using Beacon.Data;
using Beacon.Domain.Schools;
using Beacon.Import.Schools;
using Beacon.Testing;
using CsvHelper;

namespace Beacon.Application.Tests.Schools;

/// <summary>
/// The outcomes table from the national files, checked against counts this test makes itself from the CSVs,
/// by its own reading of the rules: state-funded schools only, special schools their own column, a school in
/// both files All-through, its latest grade the later of the two.
/// </summary>
public sealed class SchoolOutcomesTests(NationalSchoolsFixture national) : IClassFixture<NationalSchoolsFixture>
{
    private static readonly DateOnly AsAt = new(2020, 8, 31);

    [Theory]
    [BothDatabases]
    public async Task The_table_for_England_matches_an_independent_count_of_the_files(DatabaseProvider provider)
    {
        SkipIfAbsent();
        var expected = IndependentCount(town: null);

        await using var db = (await national.DatabaseAsync(provider)).NewContext();
        var outcomes = await SchoolOutcomes.LoadAsync(db, SchoolGroup.England, AsAt, TestContext.Current.CancellationToken);
        var columns = OfstedOutcomes.ByPhase(SchoolOutcomes.Counted(outcomes));

        AssertColumns(expected, columns);
        // The files carry no pupil numbers: the share of pupils is unknown rather than invented.
        Assert.Null(OfstedOutcomes.PupilsInGoodOrBetter(SchoolOutcomes.Counted(outcomes)));
    }

    [Theory]
    [BothDatabases]
    public async Task The_table_for_a_town_matches_an_independent_count_of_the_files(DatabaseProvider provider)
    {
        SkipIfAbsent();
        var expected = IndependentCount(town: "Loughborough");

        await using var db = (await national.DatabaseAsync(provider)).NewContext();
        var outcomes = await SchoolOutcomes.LoadAsync(
            db,
            new SchoolGroup(null, "Loughborough"),
            AsAt,
            TestContext.Current.CancellationToken
        );

        Assert.True(expected["Overall"].Values.Sum() > 20, "Loughborough should have a few dozen graded schools");
        AssertColumns(expected, OfstedOutcomes.ByPhase(SchoolOutcomes.Counted(outcomes)));
    }

    [Theory]
    [BothDatabases]
    public async Task Reloading_a_national_file_changes_nothing(DatabaseProvider provider)
    {
        SkipIfAbsent();
        var before = await (await national.DatabaseAsync(provider)).ContentChecksumAsync("import_runs");

        var again = await NationalSchoolsFixture.ImportAsync(
            await national.DatabaseAsync(provider),
            SharedData.Require("schools-england", NationalSchoolsFixture.Files[0])
        );

        Assert.True(again.Succeeded);
        Assert.Equal((0L, 0L), (again.Run!.Inserted, again.Run.Updated));
        Assert.Equal(before, await (await national.DatabaseAsync(provider)).ContentChecksumAsync("import_runs"));
    }

    [Theory]
    [BothDatabases]
    public async Task Pupils_in_good_or_better_schools_for_England_and_a_town_come_out_once_a_register_gives_pupil_numbers(
        DatabaseProvider provider
    )
    {
        SkipIfAbsent();
        // The national files carry no pupil numbers; a register in Get Information about Schools' layout gives every
        // school of both files a number of pupils (made up here, the same every run), with the phase GIAS would give.
        var schools = FileSchools();
        int Pupils(FileSchool s) => 20 + (int)(long.Parse(s.Urn, CultureInfo.InvariantCulture) * 7919 % 1500);
        var register = Path.Combine(Directory.CreateTempSubdirectory("beacon-national-register-").FullName, "edubasealldata.csv");
        File.WriteAllLines(
            register,
            [
                "URN,LA (code),LA (name),EstablishmentName,TypeOfEstablishment (name),PhaseOfEducation (name),NumberOfPupils,Town",
                .. schools.Values.Select(s =>
                    $"{s.Urn},999,Northmoor,\"{s.Name.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{s.Type},{(s.Phase == "Special" ? "Not applicable" : s.Phase)},{Pupils(s)},\"{s.Town}\""
                ),
            ],
            System.Text.Encoding.UTF8
        );
        await using var database = await TestDatabase.CreateAsync(provider);
        foreach (var file in NationalSchoolsFixture.Files)
        {
            Assert.True(
                (
                    await TestImports.RunAsync(
                        database,
                        new PerformanceTablesSchoolsFormat("201819"),
                        SharedData.Require("schools-england", file)
                    )
                ).Succeeded
            );
        }

        var loaded = await TestImports.RunAsync(database, new GiasEstablishmentsFormat(), register);
        Assert.True(loaded.Succeeded, string.Join("; ", loaded.Errors.Kept));
        File.Delete(register);

        await using var db = database.NewContext();
        foreach (var town in new[] { null, "Loughborough" })
        {
            var graded = StateFunded(schools.Values, town).Where(s => s.Grade is not null).ToList();
            var good = graded.Where(s => s.Grade is OfstedGrade.Good or OfstedGrade.Outstanding).Sum(s => (long)Pupils(s));
            var expected = Math.Round(100m * good / graded.Sum(s => (long)Pupils(s)), 1);

            var outcomes = await SchoolOutcomes.LoadAsync(db, new SchoolGroup(null, town), AsAt, TestContext.Current.CancellationToken);

            Assert.Equal(expected, OfstedOutcomes.PupilsInGoodOrBetter(SchoolOutcomes.Counted(outcomes)));
            // The register changes no school's grade or column: the table is still the files' own.
            AssertColumns(IndependentCount(town), OfstedOutcomes.ByPhase(SchoolOutcomes.Counted(outcomes)));
        }
    }

    private static void AssertColumns(Dictionary<string, Dictionary<OfstedGrade, int>> expected, IReadOnlyList<OutcomeColumn> columns)
    {
        Assert.Equal(expected.Keys.Order(), columns.Select(c => c.Name).Order());
        foreach (var column in columns)
        {
            foreach (var grade in Enum.GetValues<OfstedGrade>())
            {
                Assert.Equal(expected[column.Name].GetValueOrDefault(grade), column.Counts.GetValueOrDefault(grade));
            }

            var graded = expected[column.Name].Values.Sum();
            var goodOrBetter =
                expected[column.Name].GetValueOrDefault(OfstedGrade.Outstanding)
                + expected[column.Name].GetValueOrDefault(OfstedGrade.Good);
            Assert.Equal((int)Math.Round(100.0 * goodOrBetter / graded, MidpointRounding.AwayFromZero), column.PercentGoodOrBetter);
        }
    }

    private static void SkipIfAbsent()
    {
        if (NationalSchoolsFixture.Skipped is { } why)
        {
            Assert.Skip(why);
        }
    }

    /// <summary>Counts by column and grade, straight from the CSV files.</summary>
    private static Dictionary<string, Dictionary<OfstedGrade, int>> IndependentCount(string? town)
    {
        var counts = new Dictionary<string, Dictionary<OfstedGrade, int>>();
        foreach (var school in StateFunded(FileSchools().Values, town))
        {
            foreach (var column in new[] { school.Phase, "Overall" })
            {
                if (column == "All-through")
                {
                    continue;
                }

                var byGrade = counts.TryGetValue(column, out var existing) ? existing : counts[column] = [];
                if (school.Grade is { } g)
                {
                    byGrade[g] = byGrade.GetValueOrDefault(g) + 1;
                }
            }
        }

        return counts;
    }

    private static IEnumerable<FileSchool> StateFunded(IEnumerable<FileSchool> schools, string? town) =>
        schools.Where(s => s.Type is not ("Independent school" or "College") && (town is null || s.Town == town));

    /// <summary>Every school of both files by URN, straight from the CSVs: in both files All-through, its latest grade the later one.</summary>
    private static Dictionary<string, FileSchool> FileSchools()
    {
        var schools = new Dictionary<string, FileSchool>();
        foreach (var file in NationalSchoolsFixture.Files)
        {
            using var reader = new StreamReader(SharedData.Require("schools-england", file));
            using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
            foreach (var row in csv.GetRecords<dynamic>())
            {
                var cells = (IDictionary<string, object>)row;
                string Cell(string name) => (string)cells[name];
                var type = Cell("SCHTYPE");
                var phase = type == "Special school" ? "Special" : Cell("PHASE");
                OfstedGrade? grade = Cell("OFSTEDRATING") switch
                {
                    "Outstanding" => OfstedGrade.Outstanding,
                    "Good" => OfstedGrade.Good,
                    "Requires Improvement" or "Satisfactory" => OfstedGrade.RequiresImprovement,
                    "Inadequate" => OfstedGrade.Inadequate,
                    _ => null,
                };
                var date = Cell("INSPECTIONDT");
                if (schools.TryGetValue(Cell("URN"), out var seen))
                {
                    phase =
                        seen.Phase == "Special" || phase == "Special" ? "Special"
                        : seen.Phase == phase ? phase
                        : "All-through";
                    if (string.CompareOrdinal(seen.Date, date) > 0)
                    {
                        (grade, date) = (seen.Grade, seen.Date);
                    }
                }

                schools[Cell("URN")] = new FileSchool(Cell("URN"), Cell("SCHNAME"), phase, type, Cell("TOWN"), grade, date);
            }
        }

        return schools;
    }

    /// <summary>A school as the files give it, its phase as the table counts it.</summary>
    private sealed record FileSchool(string Urn, string Name, string Phase, string Type, string Town, OfstedGrade? Grade, string Date);
}
