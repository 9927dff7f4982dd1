using System.Globalization;
using Beacon.Application.Benchmarking;
using Beacon.Data;
using Beacon.Testing;
using CsvHelper;

namespace Beacon.Application.Tests.Benchmarking;

/// <summary>
/// Local profiles over the real DfE files, each figure checked against one worked out here from the CSVs
/// themselves: the authority's value, England's, its rank and quartile among all authorities, and its
/// statistical neighbours' average (the 2025 model for 2025, the April 2021 grouping for earlier years).
/// </summary>
public sealed class BenchmarkProfileTests(NationalStatisticsFixture national) : IClassFixture<NationalStatisticsFixture>
{
    private static readonly string[] Authorities = ["805", "876", "372"]; // Hartlepool, Halton, Rotherham

    [Theory]
    [BothDatabases]
    public async Task Every_file_loads_and_an_unchanged_reload_changes_nothing(DatabaseProvider provider)
    {
        var loads = (await national.OnAsync(provider)).Loads;

        Assert.Equal(12, loads.Count);
        Assert.All(loads, l => Assert.True(l.First.Succeeded, $"{l.File}: {string.Join("; ", l.First.Errors.Kept)}"));
        Assert.All(loads, l => Assert.Equal((l.File, 0L, 0L), (l.File, l.Again.Run!.Inserted, l.Again.Run.Updated)));
        Assert.All(loads, l => Assert.True(l.Again.Run!.Unchanged > 0, l.File));
    }

    [Theory]
    [InlineData(
        "rereferral_pct",
        "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv",
        "category=Referrals and Re-referrals",
        "rereferral_percent",
        "2025",
        -1,
        DatabaseProvider.Sqlite
    )]
    [InlineData(
        "rereferral_pct",
        "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv",
        "category=Referrals and Re-referrals",
        "rereferral_percent",
        "2025",
        -1,
        DatabaseProvider.Postgres
    )]
    [InlineData(
        "cpp_second_pct",
        "d3_cpps_subsequent_plan_2013_to_2025.csv",
        "category=Child Protection Plans which are a second or subsequent plan",
        "CPP_subsequent_percent",
        "2025",
        -1,
        DatabaseProvider.Sqlite
    )]
    [InlineData(
        "cpp_second_pct",
        "d3_cpps_subsequent_plan_2013_to_2025.csv",
        "category=Child Protection Plans which are a second or subsequent plan",
        "CPP_subsequent_percent",
        "2025",
        -1,
        DatabaseProvider.Postgres
    )]
    [InlineData(
        "cla_rate",
        "cla_number_and_rate_per_10k_children.csv",
        "population_type=Children looked after on 31 March each year",
        "rate_per_10000",
        "2025",
        0,
        DatabaseProvider.Sqlite
    )]
    [InlineData(
        "cla_rate",
        "cla_number_and_rate_per_10k_children.csv",
        "population_type=Children looked after on 31 March each year",
        "rate_per_10000",
        "2025",
        0,
        DatabaseProvider.Postgres
    )]
    [InlineData(
        "ks2_rwm_cla",
        "ks2_la.csv",
        "social_care_group=CLA 12 months at 31 March",
        "pt_rwm_met_expected_standard",
        "202425",
        1,
        DatabaseProvider.Sqlite
    )]
    [InlineData(
        "ks2_rwm_cla",
        "ks2_la.csv",
        "social_care_group=CLA 12 months at 31 March",
        "pt_rwm_met_expected_standard",
        "202425",
        1,
        DatabaseProvider.Postgres
    )]
    [InlineData("ks4_att8_cin", "ks4_la.csv", "social_care_group=CINO at 31 March", "avg_att8", "202324", 1, DatabaseProvider.Sqlite)]
    [InlineData("ks4_att8_cin", "ks4_la.csv", "social_care_group=CINO at 31 March", "avg_att8", "202324", 1, DatabaseProvider.Postgres)]
    [InlineData(
        "rereferral_pct",
        "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv",
        "category=Referrals and Re-referrals",
        "rereferral_percent",
        "2019",
        -1,
        DatabaseProvider.Sqlite
    )]
    [InlineData(
        "rereferral_pct",
        "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv",
        "category=Referrals and Re-referrals",
        "rereferral_percent",
        "2019",
        -1,
        DatabaseProvider.Postgres
    )]
    public async Task A_profile_line_matches_the_figures_worked_out_from_the_files(
        string indicator,
        string file,
        string filter,
        string measure,
        string period,
        int direction,
        DatabaseProvider provider
    )
    {
        var (column, wanted) = (
            filter[..filter.IndexOf('=', StringComparison.Ordinal)],
            filter[(filter.IndexOf('=', StringComparison.Ordinal) + 1)..]
        );
        var rows = Read(Path.Combine(NationalStatisticsFixture.Folder, file))
            .Where(r => r["time_period"] == period && r[column] == wanted)
            .ToList();
        var byAuthority = rows.Where(r => r["geographic_level"] == "Local authority").ToDictionary(r => r["old_la_code"], r => r[measure]);
        var values = byAuthority.Where(a => Number(a.Value) is not null).ToDictionary(a => a.Key, a => Number(a.Value)!.Value);
        var england = Number(rows.Single(r => r["geographic_level"] == "National")[measure]);
        var year = int.Parse(period[..4], CultureInfo.InvariantCulture);
        var neighbours = Neighbours(year >= 2025);
        await using var db = (await national.OnAsync(provider)).Database.NewContext();

        var set = await BenchmarkLoader.LoadAsync(db, TestContext.Current.CancellationToken);

        foreach (var authority in Authorities)
        {
            var line = set.Line(authority, indicator, year)!;
            Assert.Equal(england, line.England.Value);
            if (!values.TryGetValue(authority, out var value))
            {
                Assert.Null(line.Figure.Value);
                Assert.Equal(byAuthority[authority], line.Figure.Symbol);
                Assert.Null(line.Place);
                continue;
            }

            // Rank 1 is the best: the lowest where lower is better or the indicator has no polarity.
            var better = values.Values.Count(v => direction > 0 ? v > value : v < value);
            var rank = better + 1;
            var band = (char)('A' + (int)Math.Ceiling(4m * rank / values.Count) - 1);
            var theirs = neighbours[authority].Where(values.ContainsKey).Select(n => values[n]).ToList();
            Assert.Equal(value, line.Figure.Value);
            Assert.Equal((rank, values.Count, band), (line.Place!.Rank, line.Place.Of, line.Place.Band));
            Assert.Equal(theirs.Average(), line.NeighbourAverage);
            Assert.Equal(theirs.Count, line.NeighboursWithValue);
        }
    }

    [Theory]
    [BothDatabases]
    public async Task A_rate_the_file_gives_as_counts_is_worked_out_from_the_population(DatabaseProvider provider)
    {
        var cin = Read(Path.Combine(NationalStatisticsFixture.Folder, "b1_children_in_need_2013_to_2025.csv"))
            .Where(r => r["time_period"] == "2024" && r["geographic_level"] == "Local authority")
            .ToDictionary(r => r["old_la_code"], r => Number(r["At31_episodes"]));
        var population = Read(Path.Combine(NationalStatisticsFixture.Folder, "ons_mid-year_population_estimates_2012_to_2024.csv"))
            .Where(r =>
                r["time_period"] == "2024" && r["geographic_level"] == "Local authority" && r["age_group"] == "Children aged 0 to 17 years"
            )
            .ToDictionary(r => r["old_la_code"], r => Number(r["population_estimate"]));
        await using var db = (await national.OnAsync(provider)).Database.NewContext();

        var set = await BenchmarkLoader.LoadAsync(db, TestContext.Current.CancellationToken);

        foreach (var authority in Authorities)
        {
            var expected = Math.Round(cin[authority]!.Value * 10_000 / population[authority]!.Value, 1, MidpointRounding.AwayFromZero);
            Assert.Equal(expected, set.Line(authority, "cin_rate", 2024)!.Figure.Value);
        }
    }

    [Theory]
    [BothDatabases]
    public async Task A_suppressed_figure_is_never_a_zero_in_a_rank_or_an_average(DatabaseProvider provider)
    {
        // In 2013 a few authorities' re-referral rates were published as c (suppressed) or x (not available).
        var rows = Read(Path.Combine(NationalStatisticsFixture.Folder, "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv"))
            .Where(r => r["time_period"] == "2013" && r["geographic_level"] == "Local authority")
            .ToList();
        var suppressed = rows.Where(r => Number(r["rereferral_percent"]) is null).Select(r => r["old_la_code"]).ToList();
        var ranked = rows.Count - suppressed.Count;
        await using var db = (await national.OnAsync(provider)).Database.NewContext();

        var set = await BenchmarkLoader.LoadAsync(db, TestContext.Current.CancellationToken);

        Assert.NotEmpty(suppressed);
        var ranks = set.Ranks("rereferral_pct", 2013);
        Assert.Equal(ranked, ranks.Count);
        Assert.All(suppressed, code => Assert.False(ranks.ContainsKey(code)));
        Assert.All(suppressed, code => Assert.NotNull(set.Line(code, "rereferral_pct", 2013)!.Figure.Symbol));
        Assert.All(ranks.Values, p => Assert.Equal(ranked, p.Of));
    }

    private static Dictionary<string, List<string>> Neighbours(bool model2025)
    {
        var path = Path.Combine(
            NationalStatisticsFixture.Folder,
            model2025 ? "sn_model_2025_wide.csv" : "New_Statistical_Neighbour_Groupings_April_2021.csv"
        );
        using var reader = new CsvReader(new StreamReader(path), CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        var header = reader.HeaderRecord!.Select(h => h.Trim('\uFEFF')).ToList();
        var code = header.IndexOf(model2025 ? "old_la_code" : "LA number");
        var columns = Enumerable.Range(1, 10).Select(i => header.IndexOf(model2025 ? $"SN_{i}" : $"SN{i}")).ToList();
        var groups = new Dictionary<string, List<string>>();
        while (reader.Read())
        {
            groups[reader.GetField(code)!.Trim()] = columns.Select(c => reader.GetField(c)!.Trim()).Where(c => c.Length > 0).ToList();
        }

        return groups;
    }

    private static List<Dictionary<string, string>> Read(string path)
    {
        using var reader = new CsvReader(new StreamReader(path), CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        var header = reader.HeaderRecord!.Select(h => h.Trim('\uFEFF')).ToArray();
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(header.Select((h, i) => (h, reader.GetField(i)!.Trim())).ToDictionary(c => c.h, c => c.Item2));
        }

        return rows;
    }

    private static decimal? Number(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;
}
