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

        public override void Header(string[] header) => Head = header;

        public override void Row(long number, string[] cells) => Rows.Add((number, cells));
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
                    handler.Header([.. cells]);
                    headed = true;
                }
                else if (cells.Any(c => c.Trim().Length > 0))
                {
                    handler.Row(rowNumber, [.. cells]);
                }
            }
        }

        if (!headed)
        {
            handler.Header([]);
        }
    }

    // Reads a cell's content up to its end: <v> for values and shared strings, <is><t> for inline strings.
    private static string CellText(System.Xml.XmlReader xml, string? type, string[] shared)
    {
        var depth = xml.Depth;
        var text = new System.Text.StringBuilder();
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
                text.Append(xml.Value);
            }
        }

        var value = text.ToString();
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
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
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
        var fixes = new Dictionary<(int List, string Column, string From, string To), (long First, int Rows)>();
        var problems = new List<AnnexAProblem>();
        foreach (var sheet in cleaners.Values)
        {
            rows.AddRange(sheet.Rows);
            problems.AddRange(sheet.Problems);
            foreach (var (key, (first, count)) in sheet.Fixes)
            {
                fixes[key] = fixes.TryGetValue(key, out var seen) ? (Math.Min(seen.First, first), seen.Rows + count) : (first, count);
            }
        }

        problems.AddRange(AnnexAChecks.Check(rows, map));
        var fixList = fixes
            .Select(f => new AnnexAFix(f.Key.List, f.Value.First, f.Key.Column, f.Key.From, f.Key.To, f.Value.Rows))
            .OrderBy(f => f.List)
            .ThenBy(f => f.Row)
            .ToList();
        return new AnnexAReading(rows, fixList, problems);
    }

    // One list's rows cleaned as they are read: its columns found from the header, each row cleaned or refused.
    private sealed class SheetCleaner(AnnexAList list, AnnexAMap map) : SheetHandler
    {
        private AnnexAColumn?[] _columns = [];

        // Each distinct cell of a column is cleaned once: a large extract repeats the same codes and dates many times over.
        private Dictionary<string, (string?, string?, bool)>[] _cleaned = [];

        private bool _usable;

        public List<AnnexARow> Rows { get; } = [];

        public Dictionary<(int List, string Column, string From, string To), (long First, int Rows)> Fixes { get; } = [];

        public List<AnnexAProblem> Problems { get; } = [];

        public override void Header(string[] header)
        {
            _columns = header.Select(h => AnnexAMap.ColumnFor(list, h)).ToArray();
            for (var i = 0; i < header.Length; i++)
            {
                if (_columns[i] is { } column && column.Name != header[i].Trim())
                {
                    Fixes[(list.Number, column.Name, header[i].Trim(), column.Name)] = (1, 1);
                }
            }

            var missing = list.Columns.Where(c => c.Required && !_columns.Contains(c)).ToList();
            foreach (var column in missing)
            {
                Problems.Add(
                    new AnnexAProblem(
                        list.Number,
                        1,
                        column.Name,
                        null,
                        "required column is missing, so no row of the list can be used",
                        true
                    )
                );
            }

            _usable = missing.Count == 0;
            _cleaned = _columns.Select(_ => new Dictionary<string, (string?, string?, bool)>(StringComparer.Ordinal)).ToArray();
        }

        public override void Row(long number, string[] cells)
        {
            if (_usable && ReadRow(list, number, _columns, cells, map, Fixes, Problems, _cleaned) is { } row)
            {
                Rows.Add(row);
            }
        }
    }

    private static AnnexARow? ReadRow(
        AnnexAList list,
        long number,
        AnnexAColumn?[] columns,
        string[] cells,
        AnnexAMap map,
        Dictionary<(int List, string Column, string From, string To), (long First, int Rows)> fixes,
        List<AnnexAProblem> problems,
        Dictionary<string, (string?, string?, bool)>[] cleaned
    )
    {
        var values = new Dictionary<string, string>();
        var rowFixes = new List<AnnexAFix>();
        var rowProblems = new List<AnnexAProblem>();
        var refused = false;
        for (var i = 0; i < columns.Length && i < cells.Length; i++)
        {
            if (columns[i] is not { } column)
            {
                continue;
            }

            var raw = cells[i].Trim();
            var (value, problem, refuse) = cleaned[i].TryGetValue(raw, out var known)
                ? known
                : cleaned[i][raw] = AnnexAValues.Clean(column, raw, map);
            if (problem is not null)
            {
                rowProblems.Add(new AnnexAProblem(list.Number, number, column.Name, raw, problem, refuse));
                refused |= refuse;
            }

            // An empty value is not kept: a list's trailing empty cells are absent from a sheet and present in a CSV.
            if (value is not null)
            {
                if (value.Length > 0)
                {
                    values[column.Name] = value;
                }

                if (value != raw && raw.Length > 0)
                {
                    rowFixes.Add(new AnnexAFix(list.Number, number, column.Name, raw, value));
                }
            }
        }

        foreach (
            var missing in list.Columns.Where(c => c.Required && !values.ContainsKey(c.Name) && !rowProblems.Any(p => p.Column == c.Name))
        )
        {
            rowProblems.Add(new AnnexAProblem(list.Number, number, missing.Name, "", "is required", true));
            refused = true;
        }

        problems.AddRange(rowProblems);
        if (refused)
        {
            return null;
        }

        foreach (var fix in rowFixes)
        {
            var key = (fix.List, fix.Column, fix.From, fix.To);
            fixes[key] = fixes.TryGetValue(key, out var seen) ? (seen.First, seen.Rows + 1) : (fix.Row, 1);
        }

        var id = list.Columns.First(c => c.Kind == "Id").Name;
        return new AnnexARow(list.Number, number, values.GetValueOrDefault(id, ""), values);
    }
}
