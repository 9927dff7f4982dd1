using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Beacon.Import.AnnexA;

/// <summary>
/// Reads an authority's Annex A workbook (one sheet per list) through the mapping: headers matched to the
/// template's columns, codes, dates and numbers put into the template's form with every change recorded, rows
/// that cannot be used refused with the reason, then the lists checked against each other (decision 014).
/// </summary>
public static class AnnexAReader
{
    /// <summary>
    /// Each sheet's name, header and rows (with their row numbers) as text, in the workbook's order (or each list's
    /// CSV in a zip, in name order).
    /// </summary>
    public static IReadOnlyList<(string Sheet, string[] Header, IReadOnlyList<(long Row, string[] Cells)> Rows)> Sheets(string path)
    {
        var collected = new List<(int Index, string Name, Collected Rows)>();
        ForEachSheet(
            path,
            (index, name) =>
            {
                var rows = new Collected();
                lock (collected)
                {
                    collected.Add((index, name, rows));
                }

                return rows;
            }
        );
        return collected.OrderBy(c => c.Index).Select(c => (c.Name, c.Rows.Head, (IReadOnlyList<(long, string[])>)c.Rows.Rows)).ToList();
    }

    private sealed class Collected : SheetHandler
    {
        public string[] Head { get; private set; } = [];

        public List<(long, string[])> Rows { get; } = [];

        protected override void Header(string[] header) => Head = header;

        protected override void Row(long number, string[] cells) => Rows.Add((number, cells));
    }

    /// <summary>
    /// Reads every sheet through the handler that <paramref name="open"/> gives for it (by its place and name; none
    /// to pass it by). Each sheet is its own part of the package, so the sheets are read side by side, each by a
    /// forward-only XML reader over its own copy of the package (a zip stream is not shared between threads).
    /// </summary>
    internal static void ForEachSheet(string path, Func<int, string, SheetHandler?> open)
    {
        if (AnnexACsvArchive.Holds(path))
        {
            AnnexACsvArchive.ForEachList(path, open);
            return;
        }

        string[] shared;
        List<(string Name, string Id)> parts;
        using (var document = SpreadsheetDocument.Open(path, false))
        {
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("the workbook has no sheets");
            shared =
                workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
            parts = (workbook.Workbook?.Sheets?.Elements<Sheet>() ?? []).Select(s => (s.Name?.Value ?? "", s.Id!.Value!)).ToList();
        }

        Parallel.For(
            0,
            parts.Count,
            index =>
            {
                if (open(index, parts[index].Name) is not { } handler)
                {
                    return;
                }

                using var document = SpreadsheetDocument.Open(path, false);
                using var stream = document.WorkbookPart!.GetPartById(parts[index].Id).GetStream();
                Sheet(stream, shared, handler);
            }
        );
    }

    private static void Sheet(Stream part, string[] shared, SheetHandler handler)
    {
        var headed = false;
        using var xml = System.Xml.XmlReader.Create(
            part,
            new System.Xml.XmlReaderSettings { IgnoreWhitespace = true, IgnoreComments = true }
        );
        var cells = new List<string>();
        long rowNumber = 0;
        while (xml.Read())
        {
            if (xml.NodeType == System.Xml.XmlNodeType.Element && xml.LocalName == "row")
            {
                cells.Clear();
                rowNumber = long.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r)
                    ? r
                    : rowNumber + 1;
                if (xml.IsEmptyElement)
                {
                    continue;
                }
            }
            else if (xml.NodeType == System.Xml.XmlNodeType.Element && xml.LocalName == "c")
            {
                var column = Column(xml.GetAttribute("r")) ?? cells.Count;
                var type = xml.GetAttribute("t");
                var text = xml.IsEmptyElement ? "" : CellText(xml, type, shared);
                while (cells.Count < column)
                {
                    cells.Add("");
                }

                cells.Add(text);
            }
            else if (xml.NodeType == System.Xml.XmlNodeType.EndElement && xml.LocalName == "row")
            {
                if (!headed)
                {
                    handler.Begin([.. cells]);
                    headed = true;
                }
                else
                {
                    handler.Offer(rowNumber, [.. cells]);
                }
            }
        }

        if (!headed)
        {
            handler.Begin([]);
        }
    }

    // Reads a cell's content up to its end: <v> for values and shared strings, <is><t> for inline strings.
    private static string CellText(System.Xml.XmlReader xml, string? type, string[] shared)
    {
        var depth = xml.Depth;
        // A value is nearly always one text node: a builder only for the rare value split across several.
        string? text = null;
        System.Text.StringBuilder? split = null;
        var inValue = false;
        while (xml.Read() && !(xml.NodeType == System.Xml.XmlNodeType.EndElement && xml.Depth == depth))
        {
            // Only a value or an inline string's text: a formula (<f>) stands beside its cached value and is not it.
            if (xml.NodeType == System.Xml.XmlNodeType.Element)
            {
                inValue = xml.LocalName is "v" or "t";
            }
            else if (xml.NodeType == System.Xml.XmlNodeType.EndElement)
            {
                inValue = false;
            }
            else if (
                inValue
                && xml.NodeType
                    is System.Xml.XmlNodeType.Text
                        or System.Xml.XmlNodeType.SignificantWhitespace
                        or System.Xml.XmlNodeType.Whitespace
            )
            {
                if (text is null)
                {
                    text = xml.Value;
                }
                else
                {
                    (split ??= new System.Text.StringBuilder(text)).Append(xml.Value);
                }
            }
        }

        var value = split?.ToString() ?? text ?? "";
        return type == "s" && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < shared.Length
                ? shared[index]
            : type == "b" ? (value == "1" ? "TRUE" : "FALSE")
            : value;
    }

    // "AB12" is column 27 (from zero).
    private static int? Column(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var column = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return column - 1;
    }

    public static AnnexAReading Read(string path, AnnexAMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        // Each sheet is a list of its own: cleaned row by row as it is read, side by side, then put together in the
        // workbook's order.
        var cleaners = new SortedDictionary<int, SheetCleaner>();
        ForEachSheet(
            path,
            (index, name) =>
            {
                if (map.ListForSheet(name) is not { } list)
                {
                    return null;
                }

                var cleaner = new SheetCleaner(list, map);
                lock (cleaners)
                {
                    cleaners.Add(index, cleaner);
                }

                return cleaner;
            }
        );
        var rows = new List<AnnexARow>();
        var fixes = new List<AnnexAFix>();
        var problems = new List<AnnexAProblem>();
        foreach (var sheet in cleaners.Values)
        {
            rows.AddRange(sheet.Rows);
            problems.AddRange(sheet.Problems);
            fixes.AddRange(sheet.Fixes());
        }

        problems.AddRange(AnnexAChecks.Check(rows, map));
        var fixList = fixes.OrderBy(f => f.List).ThenBy(f => f.Row).ToList();
        return new AnnexAReading(rows, fixList, problems);
    }
}
