using Beacon.Domain.Benchmarking;
using Beacon.Domain.Documents;
using Beacon.Reports.Docx;
using DocumentFormat.OpenXml.Wordprocessing;
using static Beacon.Reports.Docx.DocxParts;

namespace Beacon.Reports.Benchmarking;

/// <summary>
/// The regional view for a committee or an alliance's board, as a Word document (landscape A4): the rug with an
/// indicator a row and an authority a column, each cell its figure and band, then the figures at either end.
/// </summary>
public static class TartanRugDocx
{
    private const int AuthoritiesPerTable = 6;

    public static void Write(
        string regionName,
        int year,
        TartanRug rug,
        IReadOnlyList<TartanExtreme> extremes,
        Func<string, string> nameOf,
        DateOnly date,
        Stream output
    )
    {
        ArgumentNullException.ThrowIfNull(rug);
        ArgumentNullException.ThrowIfNull(extremes);
        ArgumentNullException.ThrowIfNull(nameOf);
        var frame = new DocumentFrame(regionName, $"Regional view, {year}", date, ProtectiveMarking.Official, Landscape: true);
        using var document = DocxParts.Create(output, frame, out var body);
        body.Append(Heading($"Regional view: {regionName}, {year}", 1));
        body.Append(
            Text(
                "Each authority's latest figure for each indicator, with its quartile band among all English authorities "
                    + "(A the best quarter, by the indicator's polarity; no band where the indicator has no better direction "
                    + "or the figure is suppressed)."
            )
        );
        // Six authorities a table, so that every column keeps its longest word whole on a landscape page.
        var groups = rug.Rows.Chunk(AuthoritiesPerTable).ToList();
        foreach (var (rows, part) in groups.Select((g, i) => (g, i + 1)))
        {
            if (groups.Count > 1)
            {
                body.Append(Heading($"{nameOf(rows[0].Authority)} to {nameOf(rows[^1].Authority)} (part {part} of {groups.Count})", 2));
            }

            body.Append(
                Table(
                    ["Indicator", .. rows.Select(r => nameOf(r.Authority))],
                    rug.Columns.Select(
                        (column, i) =>
                            (TableCell[])
                                [
                                    Cell($"{column.Indicator.Name} ({column.Period})"),
                                    .. rows.Select(r =>
                                        Cell(
                                            $"{TartanRugTable.Figure(r.Cells[i], column)}{(r.Cells[i].Place is { } p ? $" {p.Band}" : "")}",
                                            right: true
                                        )
                                    ),
                                ]
                    )
                )
            );
        }

        body.Append(Heading("At either end", 2));
        body.Append(
            Text(
                extremes.Count == 0
                    ? "No figure is in the best or worst fifth of English authorities."
                    : "The figures in the best or worst fifth of English authorities, which the region's quarterly narrative explains."
            )
        );
        if (extremes.Count > 0)
        {
            body.Append(
                Table(
                    ["Authority", "Indicator", "Figure", "Rank", "End"],
                    extremes
                        .OrderBy(e => nameOf(e.Authority), StringComparer.Ordinal)
                        .ThenBy(e => e.End)
                        .Select(e =>
                            (TableCell[])
                                [
                                    Cell(nameOf(e.Authority)),
                                    Cell($"{e.Column.Indicator.Name} ({e.Column.Period})"),
                                    Cell(TartanRugTable.Figure(e.Cell, e.Column), right: true),
                                    Cell($"{e.Place.Rank} of {e.Place.Of}", right: true),
                                    Cell(e.End == TartanEnd.Top ? "Top fifth" : "Bottom fifth"),
                                ]
                        )
                )
            );
        }
    }
}
