using System.Globalization;
using Beacon.Domain.Benchmarking;

namespace Beacon.Reports.Benchmarking;

/// <summary>A local profile as rows of text, the same for the page, Word, CSV and Excel: suppressed figures keep their symbol.</summary>
public static class ProfileTable
{
    public static readonly string[] Headers =
    [
        "Indicator",
        "Unit",
        "Period",
        "Value",
        "Statistical neighbours' average",
        "Neighbours with a value",
        "Region",
        "England",
        "Rank (1 = best)",
        "Ranked",
        "Quartile band",
        "Change on last year",
        "Five-year trend",
        "Early warnings",
        "Statistical neighbour model",
    ];

    public static string[] Row(ProfileLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var decimals = line.Indicator.Decimals;
        return
        [
            line.Indicator.Name,
            line.Indicator.Unit,
            line.Period,
            line is { Figure: { HasValue: false, Symbol: null }, Shared: { } shared }
                ? $"{Figure(shared.Figure, decimals)} (shared service with {string.Join(" and ", shared.With)}; not ranked)"
                : Figure(line.Figure, decimals),
            // One decimal more than the indicator's own: a mean of whole numbers is 64.4, and 64 would hide the 0.4.
            Number(line.NeighbourAverage, decimals + 1),
            line.NeighboursWithValue.ToString(CultureInfo.InvariantCulture),
            Figure(line.Region, decimals),
            Figure(line.England, decimals),
            line.Place?.Rank.ToString(CultureInfo.InvariantCulture) ?? "not ranked",
            line.Place?.Of.ToString(CultureInfo.InvariantCulture) ?? "",
            line.Place?.Band.ToString() ?? "",
            line.Change is { } change ? change.ToString("+0.##;-0.##;0", CultureInfo.InvariantCulture) : "",
            string.Join("; ", line.Trend.Select(t => $"{t.Year}: {Figure(t.Figure, decimals)}")),
            string.Join("; ", line.Warnings.Select(w => $"{w.Kind} ({w.Evidence})")),
            Model(line.NeighbourModel),
        ];
    }

    /// <summary>Which neighbour groupings a profile's averages used, in words: each indicator's year uses the model in force then.</summary>
    public static string Grouping(IReadOnlyList<ProfileLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var models = lines.Select(l => l.NeighbourModel).OfType<int>().Distinct().Order().Select(m => Model(m)).ToList();
        return models.Count switch
        {
            0 => "No statistical neighbour model is loaded.",
            1 => $"Neighbours are those of {models[0]}.",
            _ =>
                $"Neighbours are those of the model in force for each indicator's year: {string.Join(" or ", models)} (the Statistical neighbour model column says which).",
        };
    }

    /// <summary>The neighbour grouping a line's average used, named by the DfE model's first year.</summary>
    public static string Model(int? firstYear) =>
        firstYear is { } year ? $"DfE's {year.ToString(CultureInfo.InvariantCulture)} model" : "none loaded";

    /// <summary>A figure to its indicator's decimals, its symbol where suppressed, a dash where missing.</summary>
    public static string Figure(AuthorityFigure figure, int decimals) => figure.Value is { } v ? Number(v, decimals) : figure.Symbol ?? "-";

    public static string Number(decimal? value, int decimals) =>
        value is { } v
            ? Math.Round(v, decimals, MidpointRounding.AwayFromZero)
                .ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : "-";
}
