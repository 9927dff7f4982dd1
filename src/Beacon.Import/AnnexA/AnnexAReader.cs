using System.Globalization;
using ExcelDataReader;

namespace Beacon.Import.AnnexA;

/// <summary>
/// Reads an authority's Annex A workbook (one sheet per list) through the mapping: headers matched to the
/// template's columns, codes, dates and numbers put into the template's form with every change recorded, rows
/// that cannot be used refused with the reason, then the lists checked against each other (decision 014).
/// </summary>
public static class AnnexAReader
{
    static AnnexAReader() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    /// <summary>Each sheet's name, header and rows (with their row numbers) as text.</summary>
    public static IReadOnlyList<(string Sheet, string[] Header, IReadOnlyList<(long Row, string[] Cells)> Rows)> Sheets(string path)
    {
        using var stream = File.OpenRead(path);
        using var excel = ExcelReaderFactory.CreateOpenXmlReader(stream);
        var sheets = new List<(string, string[], IReadOnlyList<(long, string[])>)>();
        do
        {
            string[]? header = null;
            var rows = new List<(long, string[])>();
            long row = 0;
            while (excel.Read())
            {
                row++;
                var cells = new string[excel.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = excel.GetValue(i) switch
                    {
                        null => "",
                        double number => number.ToString("R", CultureInfo.InvariantCulture),
                        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? "",
                    };
                }

                if (header is null)
                {
                    header = cells;
                }
                else if (cells.Any(c => c.Trim().Length > 0))
                {
                    rows.Add((row, cells));
                }
            }

            sheets.Add((excel.Name, header ?? [], rows));
        } while (excel.NextResult());

        return sheets;
    }

    public static AnnexAReading Read(string path, AnnexAMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var rows = new List<AnnexARow>();
        var fixes = new List<AnnexAFix>();
        var problems = new List<AnnexAProblem>();
        // Each distinct cell is cleaned once: a large extract repeats the same codes and dates many times over.
        var cleaned = new Dictionary<(AnnexAColumn, string), (string?, string?, bool)>();
        foreach (var (sheet, header, sheetRows) in Sheets(path))
        {
            if (map.ListForSheet(sheet) is not { } list)
            {
                continue;
            }

            var columns = header.Select(h => AnnexAMap.ColumnFor(list, h)).ToArray();
            for (var i = 0; i < header.Length; i++)
            {
                if (columns[i] is { } column && column.Name != header[i].Trim())
                {
                    fixes.Add(new AnnexAFix(list.Number, 1, column.Name, header[i].Trim(), column.Name));
                }
            }

            foreach (var missing in list.Columns.Where(c => c.Required && !columns.Contains(c)))
            {
                problems.Add(
                    new AnnexAProblem(
                        list.Number,
                        1,
                        missing.Name,
                        null,
                        "required column is missing, so no row of the list can be used",
                        true
                    )
                );
            }

            if (list.Columns.Any(c => c.Required && !columns.Contains(c)))
            {
                continue;
            }

            foreach (var (number, cells) in sheetRows)
            {
                if (ReadRow(list, number, columns, cells, map, fixes, problems, cleaned) is { } row)
                {
                    rows.Add(row);
                }
            }
        }

        problems.AddRange(AnnexAChecks.Check(rows, map));
        return new AnnexAReading(rows, fixes, problems);
    }

    private static AnnexARow? ReadRow(
        AnnexAList list,
        long number,
        AnnexAColumn?[] columns,
        string[] cells,
        AnnexAMap map,
        List<AnnexAFix> fixes,
        List<AnnexAProblem> problems,
        Dictionary<(AnnexAColumn, string), (string?, string?, bool)> cleaned
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
            var (value, problem, refuse) = cleaned.TryGetValue((column, raw), out var known)
                ? known
                : cleaned[(column, raw)] = AnnexAValues.Clean(column, raw, map);
            if (problem is not null)
            {
                rowProblems.Add(new AnnexAProblem(list.Number, number, column.Name, raw, problem, refuse));
                refused |= refuse;
            }

            if (value is not null)
            {
                values[column.Name] = value;
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

        fixes.AddRange(rowFixes);
        var id = list.Columns.First(c => c.Kind == "Id").Name;
        return new AnnexARow(list.Number, number, values.GetValueOrDefault(id, ""), values);
    }
}
