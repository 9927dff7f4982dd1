using Beacon.Domain.Benchmarking;

namespace Beacon.Reports.Benchmarking;

/// <summary>The tartan rug as rows for an export: an authority a row, each indicator's figure and band side by side.</summary>
public static class TartanRugTable
{
    public static IReadOnlyList<string> Headers(TartanRug rug)
    {
        ArgumentNullException.ThrowIfNull(rug);
        return
        [
            "Authority",
            "LA code",
            .. rug.Columns.SelectMany(c => new[] { $"{c.Indicator.Name} ({c.Period})", $"{c.Indicator.Name} band" }),
        ];
    }

    public static IEnumerable<string[]> Rows(TartanRug rug, Func<string, string> nameOf)
    {
        ArgumentNullException.ThrowIfNull(rug);
        return rug.Rows.Select(row =>
            (string[])
                [
                    nameOf(row.Authority),
                    row.Authority,
                    .. row.Cells.SelectMany((cell, i) => new[] { Figure(cell, rug.Columns[i]), cell.Place?.Band.ToString() ?? "" }),
                ]
        );
    }

    /// <summary>The cell's figure to the indicator's decimals, or its symbol, or "-" for none.</summary>
    public static string Figure(TartanCell cell, TartanColumn column)
    {
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(column);
        return ProfileTable.Figure(cell.Figure, column.Indicator.Decimals);
    }
}
