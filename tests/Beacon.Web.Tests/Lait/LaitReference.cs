using System.Globalization;
using CsvHelper;

namespace Beacon.Web.Tests.Lait;

/// <summary>
/// LAIT's figures worked out in the test straight from the raw files, written apart from Beacon's code from LAIT's
/// documented method: a "-" is no figure; the latest year is the greatest first-four-digits; the change is the latest
/// less the one before; the neighbours' average is the mean of those with a figure; the region is the row of the
/// authority's region (London's inner or outer row unless it has no figure at all, then London); the rank counts the
/// authorities with a better figure; the bands are R's type-7 quartiles, A the best quarter.
/// </summary>
internal sealed class LaitReference
{
    private readonly Dictionary<(string Key, string Place), Dictionary<string, decimal?>> _figures = [];
    private readonly Dictionary<string, SortedSet<string>> _years = [];
    private readonly Dictionary<string, string> _regionOf = [];
    private readonly Dictionary<(string Key, string Topic), Dictionary<string, string>> _dictionary = [];
    private readonly HashSet<string> _authorities = [];
    private readonly Dictionary<string, string> _names = [];

    public LaitReference(string folder)
    {
        using (var reader = new StreamReader(Path.Combine(folder, "bds_long.csv")))
        using (var csv = new CsvReader(reader, CultureInfo.InvariantCulture))
        {
            csv.Read();
            csv.ReadHeader();
            while (csv.Read())
            {
                var key = csv.GetField("Short Desc")!;
                var place = csv.GetField("LA Number")!;
                var text = csv.GetField("Values")!;
                var year = csv.GetField("Years")!;
                _names[place] = csv.GetField("LA and Regions")!;
                if (int.Parse(place, CultureInfo.InvariantCulture) < 970)
                {
                    _authorities.Add(place);
                    _regionOf[place] = csv.GetField("Region")!;
                }

                if (!_figures.TryGetValue((key, place), out var byYear))
                {
                    _figures[(key, place)] = byYear = [];
                }

                byYear[year] = text == "-" ? null : decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
                if (!_years.TryGetValue(key, out var years))
                {
                    _years[key] = years = new SortedSet<string>(
                        Comparer<string>.Create((a, b) => string.CompareOrdinal(a[..Math.Min(4, a.Length)], b[..Math.Min(4, b.Length)]))
                    );
                }

                years.Add(year);
            }
        }

        using var dictionaryReader = new StreamReader(Path.Combine(folder, "lait_data_dictionary.csv"));
        using var dictionary = new CsvReader(dictionaryReader, CultureInfo.InvariantCulture);
        dictionary.Read();
        dictionary.ReadHeader();
        while (dictionary.Read())
        {
            var row = dictionary.HeaderRecord!.ToDictionary(h => h, h => dictionary.GetField(h)!);
            _dictionary[(row["Measure_short"], row["Topic"])] = row;
        }
    }

    public string Name(string place) => _names[place];

    public int Decimals(string key, string topic) =>
        int.TryParse(_dictionary[(key, topic)]["dps"], CultureInfo.InvariantCulture, out var dps) ? dps : 1;

    public string Polarity(string key, string topic) => _dictionary[(key, topic)]["Polarity"];

    public bool HasQuartiles(string key, string topic) => _dictionary[(key, topic)]["No_Quartile"] != "N";

    public IReadOnlyList<string> Years(string key) => _years[key].ToList();

    public decimal? Value(string key, string place, string year) =>
        _figures.TryGetValue((key, place), out var byYear) ? byYear.GetValueOrDefault(year) : null;

    public string RegionRow(string key, string authority)
    {
        var region = _regionOf[authority] switch
        {
            "Inner London" => "987",
            "Outer London" => "988",
            var name => _names
                .First(n =>
                    int.Parse(n.Key, CultureInfo.InvariantCulture) >= 980
                    && string.Equals(n.Value, name, StringComparison.OrdinalIgnoreCase)
                )
                .Key,
        };
        return region is "987" or "988" && Years(key).All(y => Value(key, region, y) is null) ? "986" : region;
    }

    public decimal? NeighbourMean(string key, IReadOnlyList<string> neighbours, string year)
    {
        var values = neighbours.Select(n => Value(key, n, year)).OfType<decimal>().ToList();
        return values.Count == 0 ? null : values.Sum() / values.Count;
    }

    public (int? Rank, int Of) Rank(string key, string topic, string authority)
    {
        var year = Years(key)[^1];
        var values = _authorities.Select(a => Value(key, a, year)).OfType<decimal>().ToList();
        var own = Value(key, authority, year);
        return Polarity(key, topic) switch
        {
            _ when own is null => (null, values.Count),
            "High" => (1 + values.Count(v => v > own), values.Count),
            "Low" => (1 + values.Count(v => v < own), values.Count),
            _ => (null, values.Count),
        };
    }

    /// <summary>The band and the five quantile points, or none where LAIT shows no band.</summary>
    public (string? Band, decimal[] Points) Band(string key, string topic, string authority)
    {
        var year = Years(key)[^1];
        var sorted = _authorities.Select(a => Value(key, a, year)).OfType<decimal>().Order().ToArray();
        decimal Quantile(decimal p)
        {
            var h = (sorted.Length - 1) * p;
            var lo = (int)Math.Floor(h);
            return lo + 1 < sorted.Length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
        }

        var points = new[] { sorted[0], Quantile(0.25m), Quantile(0.5m), Quantile(0.75m), sorted[^1] };
        var polarity = Polarity(key, topic);
        if (polarity is not ("High" or "Low") || !HasQuartiles(key, topic) || Value(key, authority, year) is not { } v)
        {
            return (null, points);
        }

        var quarter =
            v <= points[1] ? 0
            : v <= points[2] ? 1
            : v <= points[3] ? 2
            : 3;
        return (((char)(polarity == "Low" ? 'A' + quarter : 'D' - quarter)).ToString(), points);
    }

    public static string Shown(decimal? value, int decimals) =>
        value is { } v ? Math.Round(v, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals, CultureInfo.InvariantCulture) : "";
}
