using System.Buffers;
using System.Globalization;
using System.Text;
using Beacon.Import.Pipeline;

namespace Beacon.Import.Tabular;

/// <summary>
/// What every cell of every file must be, whatever the format: no longer than the configured limit, and free of
/// NUL and other control characters, which no official file holds and which the two engines store differently
/// (SQLite cuts text at a NUL; PostgreSQL refuses it). Tabs and line breaks within a cell are text.
/// </summary>
public static class CellBounds
{
    private const int Shown = 40;

    // The C0 control characters but tab, line feed and carriage return, which are text within a cell.
    private static readonly SearchValues<char> Control = SearchValues.Create(
        Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c).ToArray()
    );

    /// <summary>Throws <see cref="CellProblemException"/> for the first cell of the row that breaks a bound.</summary>
    public static void Check(long row, IReadOnlyList<string> header, string[] cells)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(cells);
        var limit = ImportOptions.Current.MaxFieldLength;
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = cells[i];
            if (cell.Length > limit)
            {
                throw Problem(
                    row,
                    header,
                    i,
                    cell,
                    $"the value is {cell.Length:N0} characters long, over the limit of {limit:N0} (Beacon:Import:MaxFieldLength)"
                );
            }

            var control = cell.AsSpan().IndexOfAny(Control);
            if (control >= 0)
            {
                throw Problem(
                    row,
                    header,
                    i,
                    cell,
                    $"the value holds a control character (U+{(int)cell[control]:X4}), which no import accepts"
                );
            }
        }
    }

    /// <summary>The cell at that place, named by its header, for a row with more cells than its header.</summary>
    public static CellProblemException ExtraCell(long row, int headerWidth, int position, string value) =>
        new(
            row,
            $"{position + 1} (no header)",
            Displayed(value),
            $"the row has a value in cell {position + 1}, past the header's {headerWidth} columns"
        );

    private static CellProblemException Problem(long row, IReadOnlyList<string> header, int i, string cell, string reason) =>
        new(row, i < header.Count ? header[i] : $"{i + 1}", Displayed(cell), reason);

    private static string Displayed(string value)
    {
        var shown = new StringBuilder();
        foreach (var c in value.Length > Shown ? value[..Shown] : value)
        {
            shown.Append(char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString(CultureInfo.InvariantCulture));
        }

        return value.Length > Shown ? shown.Append('…').ToString() : shown.ToString();
    }
}
