using Beacon.Domain.Statistics;

namespace Beacon.Import.DfeOpenData;

/// <summary>
/// Which column of a DfE open-data file is which: the fixed time and geography columns by name,
/// then each other column as a filter (text that divides the figures) or a measure (the figures).
/// </summary>
internal sealed class DfeColumnPlan
{
    /// <summary>Columns every file must have.</summary>
    public static readonly string[] Required = ["time_period", "time_identifier", "geographic_level", "country_code"];

    // Names DfE uses for time and geography. Their values locate a figure; they are neither filters nor measures.
    private static readonly HashSet<string> Locating = new(StringComparer.OrdinalIgnoreCase)
    {
        "time_period",
        "time_identifier",
        "geographic_level",
        "country_code",
        "country_name",
        "region_code",
        "region_name",
        "old_la_code",
        "new_la_code",
        "la_name",
    };

    /// <summary>How many rows are looked at to tell filters from measures.</summary>
    public const int SampleRows = 1000;

    private DfeColumnPlan(IReadOnlyList<string> header)
    {
        Header = header;
        TimePeriod = IndexOf("time_period");
        TimeIdentifier = IndexOf("time_identifier");
        GeographicLevel = IndexOf("geographic_level");
        CountryCode = IndexOf("country_code");
        RegionCode = IndexOf("region_code");
        OldLaCode = IndexOf("old_la_code");
        NewLaCode = IndexOf("new_la_code");
    }

    public IReadOnlyList<string> Header { get; }

    public int TimePeriod { get; }

    public int TimeIdentifier { get; }

    public int GeographicLevel { get; }

    public int CountryCode { get; }

    public int RegionCode { get; }

    public int OldLaCode { get; }

    public int NewLaCode { get; }

    public int[] Filters { get; private set; } = [];

    public int[] Measures { get; private set; } = [];

    /// <summary>
    /// Checks the header and sorts the remaining columns. A column is a filter when it is named in
    /// <paramref name="filterNames"/>, or, when none are named, when none of its sampled cells is a figure
    /// (a number or a DfE symbol); otherwise it is a measure, and then every cell must be a figure.
    /// </summary>
    public static DfeColumnPlan? Create(
        IReadOnlyList<string> header,
        IReadOnlyList<string[]> sample,
        IReadOnlyCollection<string>? filterNames,
        Action<string, string> headerError
    )
    {
        var duplicates = header.Where(h => h.Length > 0).GroupBy(h => h, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1);
        foreach (var duplicate in duplicates)
        {
            headerError(duplicate.Key, "the column appears more than once in the header");
        }

        var missing = Required.Where(name => !header.Contains(name, StringComparer.OrdinalIgnoreCase)).ToList();
        foreach (var name in missing)
        {
            headerError(name, $"required column is missing; the header has: {string.Join(", ", header)}");
        }

        if (missing.Count > 0 || duplicates.Any())
        {
            return null;
        }

        var plan = new DfeColumnPlan(header);
        var filters = new List<int>();
        var measures = new List<int>();
        for (var i = 0; i < header.Count; i++)
        {
            if (header[i].Length == 0 || Locating.Contains(header[i]))
            {
                continue;
            }

            var isFilter = filterNames is { Count: > 0 }
                ? filterNames.Contains(header[i], StringComparer.OrdinalIgnoreCase)
                : !HasFigure(sample, i);
            (isFilter ? filters : measures).Add(i);
        }

        plan.Filters = [.. filters];
        plan.Measures = [.. measures];
        return plan;
    }

    private int IndexOf(string name)
    {
        for (var i = 0; i < Header.Count; i++)
        {
            if (string.Equals(Header[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    // Filters hold labels ("Children in Need", "Revised"); one figure in the sample marks a measure,
    // so a measure column with a few bad cells is still checked as a measure and its bad cells reported.
    private static bool HasFigure(IReadOnlyList<string[]> sample, int column) =>
        sample.Any(row => row[column].Trim().Length > 0 && StatisticValue.TryParse(row[column], out _));

    /// <summary>The row's filter values as stored: <c>name=value</c> joined by <c>|</c>.</summary>
    public string FiltersOf(string[] row)
    {
        if (Filters.Length == 0)
        {
            return "";
        }

        return string.Join('|', Filters.Select(i => $"{Header[i]}={row[i].Trim()}"));
    }

    /// <summary>A cell's value, or empty when the column is absent.</summary>
    public static string Cell(string[] row, int index) => index < 0 ? "" : row[index].Trim();
}
