using System.Globalization;
using Beacon.Domain;
using Beacon.Domain.Benchmarking;
using Beacon.Domain.Lait;

namespace Beacon.Reports.Lait;

/// <summary>
/// LAIT's views as tables of text, the same for the page and its CSV and Excel exports: figures to the measure's
/// decimal places, rounded half away from zero; the neighbours' average to one place more; a marker as published.
/// </summary>
public static class LaitTable
{
    /// <summary>A figure as written in a table: rounded to the decimals, or the marker, or empty where there is neither.</summary>
    public static string Figure(AuthorityFigure figure, int decimals) => figure.Value is { } v ? Number(v, decimals) : figure.Symbol ?? "";

    public static string Number(decimal? value, int decimals) =>
        value is { } v
            ? Math.Round(v, decimals, MidpointRounding.AwayFromZero)
                .ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : "";

    /// <summary>The decimals a row is shown to: one more for the neighbours' average, as for Beacon's own profiles.</summary>
    public static int DecimalsOf(LaitRow row, LaitMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(measure);
        return row.Kind == LaitRowKind.NeighbourAverage ? measure.Decimals + 1 : measure.Decimals;
    }

    /// <summary>Rows by year: the geography, its number, each year, and the change from the previous year.</summary>
    public static (IReadOnlyList<string> Headers, IReadOnlyList<string[]> Rows) ByYear(
        LaitMeasure measure,
        LaitSeries series,
        IReadOnlyList<LaitRow> rows
    )
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(rows);
        var headers = new List<string> { "LA number", "LA and Regions" };
        headers.AddRange(series.Years);
        headers.Add("Change from previous year");
        return (
            headers,
            rows.Select(r =>
                {
                    var decimals = DecimalsOf(r, measure);
                    var cells = new List<string> { r.Number?.ToString(CultureInfo.InvariantCulture) ?? "", r.Name };
                    cells.AddRange(r.ByYear.Select(f => Figure(f, decimals)));
                    cells.Add(Number(r.Change, decimals));
                    return cells.ToArray();
                })
                .ToList()
        );
    }

    /// <summary>LAIT's statistics for the authority: trend, change, polarity, latest rank, band and each band's range.</summary>
    public static (IReadOnlyList<string> Headers, string[] Row) Standing(LaitLaView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var measure = view.Measure;
        var standing = view.Standing;
        var ranges = Bands(measure, standing.Quartiles);
        var headers = new List<string>
        {
            "LA number",
            "LA and Regions",
            "Trend",
            "Change from previous year",
            "Polarity",
            "Latest national rank",
            "Quartile banding",
        };
        headers.AddRange(ranges.Select(r => $"{r.Band} ({r.Band switch { 'A' => "best", 'D' => "worst", _ => "middle" }} quarter)"));
        var row = new List<string>
        {
            view.Authority.Number.ToString(CultureInfo.InvariantCulture),
            view.Authority.Name,
            view.Trend ?? "",
            Number(view.Own.Change, measure.Decimals),
            PolarityName(measure.Polarity),
            standing.Rank is { } rank
                ? $"{rank.ToString(CultureInfo.InvariantCulture)} of {standing.Ranked.ToString(CultureInfo.InvariantCulture)}"
                : RankAbsent(measure, view.Own.Latest),
            BandText(measure, standing),
        };
        row.AddRange(ranges.Select(r => r.Text));
        return (headers, row.ToArray());
    }

    /// <summary>Each band's range as LAIT writes it ("40 to 30.1"), A first; none where the measure has no bands.</summary>
    public static IReadOnlyList<(char Band, string Text)> Bands(LaitMeasure measure, LaitQuartiles? quartiles)
    {
        ArgumentNullException.ThrowIfNull(measure);
        if (quartiles is null || !measure.HasQuartiles || !measure.IsRanked)
        {
            return [];
        }

        var d = measure.Decimals;
        var unit = 1m / (decimal)Math.Pow(10, d);
        decimal Past(decimal limit) => Math.Round(limit, d, MidpointRounding.AwayFromZero) + unit;
        string Range(decimal from, decimal to) => $"{Number(from, d)} to {Number(to, d)}";
        var q = quartiles;
        // Each band from its best end; a band holds its upper limit, so the next one starts one shown unit past it.
        return measure.Polarity == Polarity.LowerIsBetter
            ?
            [
                ('A', Range(q.Minimum, q.Lower)),
                ('B', Range(Past(q.Lower), q.Median)),
                ('C', Range(Past(q.Median), q.Upper)),
                ('D', Range(Past(q.Upper), q.Maximum)),
            ]
            :
            [
                ('A', Range(q.Maximum, Past(q.Upper))),
                ('B', Range(q.Upper, Past(q.Median))),
                ('C', Range(q.Median, Past(q.Lower))),
                ('D', Range(q.Lower, q.Minimum)),
            ];
    }

    public static string BandText(LaitMeasure measure, LaitStanding standing)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(standing);
        return !measure.IsRanked ? "Not applicable: no better direction"
            : !measure.HasQuartiles ? "None: LAIT gives this measure no quartile bands"
            : standing.Band?.ToString() ?? "None: no figure this year";
    }

    private static string RankAbsent(LaitMeasure measure, AuthorityFigure latest) =>
        !measure.IsRanked ? "Not ranked: no better direction"
        : latest.HasValue ? ""
        : "Not ranked: no figure this year";

    public static string PolarityName(Polarity polarity) =>
        polarity switch
        {
            Polarity.HigherIsBetter => "High",
            Polarity.LowerIsBetter => "Low",
            _ => "None",
        };
}
