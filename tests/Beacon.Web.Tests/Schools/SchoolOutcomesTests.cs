using System.Globalization;
using Beacon.Domain.Schools;
using Beacon.Testing;
using Beacon.Web.Features.Schools;
using CsvHelper;

namespace Beacon.Web.Tests.Schools;

/// <summary>
/// The outcomes table from the national files, checked against counts this test makes itself from the CSVs,
/// by its own reading of the rules: state-funded schools only, special schools their own column, a school in
/// both files All-through, its latest grade the later of the two.
/// </summary>
public sealed class SchoolOutcomesTests(NationalSchoolsFixture national) : IClassFixture<NationalSchoolsFixture>
{
    private static readonly DateOnly AsAt = new(2020, 8, 31);

    [Fact]
    public async Task The_table_for_England_matches_an_independent_count_of_the_files()
    {
        SkipIfAbsent();
        var expected = IndependentCount(town: null);

        await using var db = national.Database.NewContext();
        var outcomes = await SchoolOutcomes.LoadAsync(db, SchoolGroup.England, AsAt, TestContext.Current.CancellationToken);
        var columns = OfstedOutcomes.ByPhase(SchoolOutcomes.Counted(outcomes));

        AssertColumns(expected, columns);
        // The files carry no pupil numbers: the share of pupils is unknown rather than invented.
        Assert.Null(OfstedOutcomes.PupilsInGoodOrBetter(SchoolOutcomes.Counted(outcomes)));
    }

    [Fact]
    public async Task The_table_for_a_town_matches_an_independent_count_of_the_files()
    {
        SkipIfAbsent();
        var expected = IndependentCount(town: "Loughborough");

        await using var db = national.Database.NewContext();
        var outcomes = await SchoolOutcomes.LoadAsync(
            db,
            new SchoolGroup(null, "Loughborough"),
            AsAt,
            TestContext.Current.CancellationToken
        );

        Assert.True(expected["Overall"].Values.Sum() > 20, "Loughborough should have a few dozen graded schools");
        AssertColumns(expected, OfstedOutcomes.ByPhase(SchoolOutcomes.Counted(outcomes)));
    }

    [Fact]
    public async Task Reloading_a_national_file_changes_nothing()
    {
        SkipIfAbsent();
        var before = await national.Database.ContentChecksumAsync("import_runs");

        var again = await national.ImportAsync(SharedData.Require("schools-england", NationalSchoolsFixture.Files[0]));

        Assert.True(again.Succeeded);
        Assert.Equal((0L, 0L), (again.Run!.Inserted, again.Run.Updated));
        Assert.Equal(before, await national.Database.ContentChecksumAsync("import_runs"));
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

    private void SkipIfAbsent()
    {
        if (national.Skipped is { } why)
        {
            Assert.Skip(why);
        }
    }

    /// <summary>Counts by column and grade, straight from the CSV files.</summary>
    private static Dictionary<string, Dictionary<OfstedGrade, int>> IndependentCount(string? town)
    {
        var schools = new Dictionary<string, (string Phase, string Type, string Town, OfstedGrade? Grade, string Date)>();
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

                schools[Cell("URN")] = (phase, type, Cell("TOWN"), grade, date);
            }
        }

        var counts = new Dictionary<string, Dictionary<OfstedGrade, int>>();
        foreach (var school in schools.Values)
        {
            if (school.Type is "Independent school" or "College" || (town is not null && school.Town != town))
            {
                continue;
            }

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
}
