namespace Beacon.Domain.Benchmarking;

/// <summary>
/// The region's benchmark at a glance, as regional alliances publish it each year: every authority by every
/// indicator, each cell its latest figure and its quartile band among all English authorities (A the best quarter,
/// by the indicator's polarity). Read as a table first; the colour of a band repeats its letter, never replaces it.
/// </summary>
public sealed class TartanRug
{
    /// <summary>The share of ranked authorities at either end that the alliances' quarterly narrative is asked for.</summary>
    public const decimal ExtremeShare = 0.2m;

    private TartanRug(IReadOnlyList<TartanColumn> columns, IReadOnlyList<TartanRow> rows)
    {
        Columns = columns;
        Rows = rows;
    }

    public IReadOnlyList<TartanColumn> Columns { get; }

    public IReadOnlyList<TartanRow> Rows { get; }

    /// <summary>
    /// The rug for the authorities given, in the order given, over every indicator with figures in a year up to
    /// <paramref name="asAt"/>: each indicator in its latest such year, as a profile shows it.
    /// </summary>
    public static TartanRug Of(BenchmarkSet set, IReadOnlyList<string> authorities, int asAt)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(authorities);
        var columns = set
            .Series.Select(s =>
                (Series: s, Year: s.Years.Where(y => y <= asAt && set.Ranks(s.Indicator.Code, y).Count > 0).DefaultIfEmpty(-1).Max())
            )
            .Where(c => c.Year > 0)
            .Select(c => new TartanColumn(
                c.Series.Indicator,
                c.Year,
                c.Series.PeriodLabels.GetValueOrDefault(c.Year) ?? c.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)
            ))
            .ToList();
        var ranks = columns.Select(c => set.Ranks(c.Indicator.Code, c.Year)).ToList();
        var series = columns.Select(c => set.Find(c.Indicator.Code)!).ToList();
        var rows = authorities
            .Select(a => new TartanRow(
                a,
                columns.Select((c, i) => new TartanCell(series[i].Authority(c.Year, a), ranks[i].GetValueOrDefault(a))).ToList()
            ))
            .ToList();
        return new TartanRug(columns, rows);
    }

    /// <summary>
    /// The cells in the best or worst fifth of the ranked authorities, where an indicator has a direction: the ones a
    /// region's quarterly core dataset asks each authority to explain.
    /// </summary>
    public IReadOnlyList<TartanExtreme> Extremes() =>
        Rows.SelectMany(row =>
                row.Cells.Select((cell, i) => (row.Authority, Column: Columns[i], Cell: cell))
                    .Where(x => x.Column.Indicator.Polarity != Polarity.Neutral && x.Cell.Place is not null)
                    .Select(x => (x.Authority, x.Column, x.Cell, End: EndOf(x.Cell.Place!)))
                    .Where(x => x.End is not null)
                    .Select(x => new TartanExtreme(x.Authority, x.Column, x.Cell, x.End!.Value))
            )
            .ToList();

    /// <summary>In the top fifth when at most a fifth of the ranked authorities rank above it; the bottom fifth likewise.</summary>
    public static TartanEnd? EndOf(RankPlace place) =>
        place.Rank <= Math.Ceiling(place.Of * ExtremeShare) ? TartanEnd.Top
        : place.Rank > place.Of - Math.Ceiling(place.Of * ExtremeShare) ? TartanEnd.Bottom
        : null;
}

/// <summary>An indicator of the rug, in the year its figures are from.</summary>
public sealed record TartanColumn(BenchmarkIndicator Indicator, int Year, string Period);

/// <summary>An authority's row: one cell an indicator, in the columns' order.</summary>
public sealed record TartanRow(string Authority, IReadOnlyList<TartanCell> Cells);

/// <summary>The figure (or its symbol) and its place among all English authorities; no place when it has no figure.</summary>
public sealed record TartanCell(AuthorityFigure Figure, RankPlace? Place);

/// <summary>Which end of the ranking an authority's figure is at.</summary>
public enum TartanEnd
{
    Top,
    Bottom,
}

/// <summary>A figure in the best or worst fifth of English authorities.</summary>
public sealed record TartanExtreme(string Authority, TartanColumn Column, TartanCell Cell, TartanEnd End)
{
    public RankPlace Place => Cell.Place!;
}
