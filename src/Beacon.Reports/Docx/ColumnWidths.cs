using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Beacon.Reports.Docx;

/// <summary>
/// Sets a table's column widths from what its cells hold: never narrower than the longest word of a column (so
/// that a heading such as "Neighbours" is not broken inside the word), and the room left shared out by how much
/// more each column's longest line would like.
/// </summary>
internal static class ColumnWidths
{
    // Word's default cell margins, left and right, and a little for rounding in the renderer.
    private const int CellMargins = 2 * 115 + 40;

    private const double BodyPoints = 10.5;

    public static void Fit(Table table, int available)
    {
        var rows = table.Elements<TableRow>().ToList();
        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Elements<TableCell>().Count());
        if (columns == 0)
        {
            return;
        }

        var least = new int[columns];
        var wanted = new int[columns];
        foreach (var row in rows)
        {
            var i = 0;
            foreach (var cell in row.Elements<TableCell>())
            {
                var bold = cell.Descendants<Bold>().Any();
                foreach (var paragraph in cell.Elements<Paragraph>())
                {
                    var text = string.Concat(paragraph.Descendants<Text>().Select(t => t.Text));
                    var longestWord = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                        .Select(w => TextWidth.Twips(w, BodyPoints, bold))
                        .DefaultIfEmpty(0)
                        .Max();
                    least[i] = Math.Max(least[i], longestWord + CellMargins);
                    wanted[i] = Math.Max(wanted[i], TextWidth.Twips(text, BodyPoints, bold) + CellMargins);
                }

                i++;
            }
        }

        var widths = Share(least, wanted, available);
        Apply(table, widths);
    }

    private static int[] Share(int[] least, int[] wanted, int available)
    {
        var leastTotal = least.Sum();
        var wantedTotal = wanted.Sum();
        if (wantedTotal <= available)
        {
            return wanted;
        }

        if (leastTotal >= available)
        {
            // Too many columns for the page even at their narrowest: words stay whole and the table runs wide.
            return least;
        }

        var spare = (double)(available - leastTotal) / (wantedTotal - leastTotal);
        return least.Select((l, i) => l + (int)((wanted[i] - l) * spare)).ToArray();
    }

    private static void Apply(Table table, int[] widths)
    {
        var properties = table.GetFirstChild<TableProperties>() ?? table.PrependChild(new TableProperties());
        properties.TableWidth = new TableWidth { Type = TableWidthUnitValues.Dxa, Width = Twips(widths.Sum()) };
        properties.TableLayout = new TableLayout { Type = TableLayoutValues.Fixed };
        table.GetFirstChild<TableGrid>()?.Remove();
        properties.InsertAfterSelf(new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));
        foreach (var row in table.Elements<TableRow>())
        {
            var i = 0;
            foreach (var cell in row.Elements<TableCell>())
            {
                var cellProperties = cell.GetFirstChild<TableCellProperties>() ?? cell.PrependChild(new TableCellProperties());
                cellProperties.TableCellWidth = new TableCellWidth
                {
                    Type = TableWidthUnitValues.Dxa,
                    Width = Twips(widths[Math.Min(i, widths.Length - 1)]),
                };
                i++;
            }
        }
    }

    private static string Twips(int width) => width.ToString(CultureInfo.InvariantCulture);
}
