namespace Beacon.Domain.Achievement;

/// <summary>Whether a measure is a percentage of pupils (its gaps are percentage points) or a score.</summary>
public enum MeasureUnit
{
    Percent,
    Score,
}

/// <summary>
/// A pupil achievement measure and where its series holds together. Years are academic years by their first
/// calendar year (2018 is 2018/19). A series break is the first year that may not be compared with the year before
/// (new grading, exams not sat, a changed baseline); <c>LastYear</c> ends a measure that was replaced.
/// <c>Datasets</c>, where given, are words one of which a file's dataset name must contain for this measure to read it:
/// DfE uses one column name at two key stages (KS1 and KS2 writing are both <c>pt_writta_met_expected_standard</c>).
/// <c>Rows</c>, where given, are the filter values of the rows the measure reads, where a file has that filter column:
/// the newest phonics files give Year 1 and Year 2 (the check retaken) in one column; the filter then names no group.
/// </summary>
public sealed record AchievementMeasure(
    string Code,
    string Name,
    string KeyStage,
    MeasureUnit Unit,
    IReadOnlyList<string> Columns,
    int FirstYear,
    int? LastYear,
    IReadOnlyList<int> SeriesBreaks,
    IReadOnlyList<string>? Datasets = null,
    IReadOnlyDictionary<string, string>? Rows = null
)
{
    /// <summary>True where a figure with these filters (<c>name=value</c> joined by <c>|</c>) is one of this measure's rows.</summary>
    public bool ReadsRow(string filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        if (Rows is not { Count: > 0 })
        {
            return true;
        }

        var values = Statistics.StatisticFilters.Parse(filters).ToDictionary(f => f.Name, f => f.Value, StringComparer.OrdinalIgnoreCase);
        return Rows.All(r => !values.TryGetValue(r.Key, out var value) || value.Equals(r.Value, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The pupil group of one of this measure's figures: the filters that choose its rows name no group.</summary>
    public string GroupOf(string filters) => PupilGroups.Of(filters, Rows?.Keys);

    /// <summary>True where this measure reads the column in a file filed under the dataset.</summary>
    public bool Reads(string column, string dataset) =>
        Columns.Contains(column, StringComparer.OrdinalIgnoreCase)
        && (Datasets is not { Count: > 0 } || Datasets.Any(d => dataset.Contains(d, StringComparison.OrdinalIgnoreCase)));

    /// <summary>True where DfE's figures for the two years may be compared.</summary>
    public bool IsComparable(int year, int earlier)
    {
        var (from, to) = earlier <= year ? (earlier, year) : (year, earlier);
        return from >= FirstYear && (LastYear is null || to <= LastYear) && !SeriesBreaks.Any(b => b > from && b <= to);
    }

    /// <summary>The change from the year before in the measure's unit; none where either is missing or the series breaks.</summary>
    public decimal? ChangeOnLastYear(int year, decimal? value, decimal? lastYear) =>
        value is { } now && lastYear is { } before && IsComparable(year, year - 1) ? now - before : null;
}
