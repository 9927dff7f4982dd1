using System.Globalization;
using System.Text;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Beacon.Reports.Tables;

/// <summary>A table of text as CSV (UTF-8 with a byte-order mark, so Excel reads it as such) or as an Excel workbook.</summary>
public static class TableExports
{
    public static byte[] Csv(IReadOnlyList<string> headers, IEnumerable<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var row in rows.Prepend([.. headers]))
            {
                foreach (var cell in row)
                {
                    csv.WriteField(SpreadsheetSafe(cell));
                }

                csv.NextRecord();
            }
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// A cell a spreadsheet would read as a formula (it starts with = + - @, a tab or a carriage return) gets a
    /// leading apostrophe, as OWASP advises; a plain number such as -4.5 is left as it is, since it cannot be one, and
    /// so is a lone character such as LAIT's marker "-", which holds no formula.
    /// </summary>
    public static string SpreadsheetSafe(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return
            cell.Length > 1
            && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
            && !decimal.TryParse(cell, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
            ? "'" + cell
            : cell;
    }

    /// <summary>One sheet, the header row first; cells that are plain numbers are written as numbers.</summary>
    public static void Xlsx(string sheetName, IReadOnlyList<string> headers, IEnumerable<string[]> rows, Stream output) =>
        Xlsx([(sheetName, headers, rows)], output);

    /// <summary>A sheet each, in order, each with its header row first.</summary>
    public static void Xlsx(IEnumerable<(string Name, IReadOnlyList<string> Headers, IEnumerable<string[]> Rows)> sheets, Stream output)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var list = workbook.Workbook.AppendChild(new Sheets());
        uint id = 0;
        foreach (var (name, headers, rows) in sheets)
        {
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            sheet.Worksheet = new Worksheet(data);
            foreach (var row in rows.Prepend([.. headers]))
            {
                data.Append(new Row(row.Select(Cell)));
            }

            list.Append(
                new Sheet
                {
                    Id = workbook.GetIdOfPart(sheet),
                    SheetId = ++id,
                    Name = name,
                }
            );
        }
    }

    // Style 1 shows a date as the UK and Ofsted's templates write it.
    private const uint DateStyle = 1;

    private static Stylesheet Styles() =>
        new(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
            new Fonts(new Font()) { Count = 1 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 })
            )
            {
                Count = 2,
            },
            new Borders(new Border()) { Count = 1 },
            new CellStyleFormats(new CellFormat()) { Count = 1 },
            new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 2 }
        );

    /// <summary>
    /// A plain number as a number, an ISO date (yyyy-mm-dd) as a date, anything else as text; a number with a leading
    /// zero (a child's or school's identifier) stays text so that its zeros are kept.
    /// </summary>
    private static Cell Cell(string text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var serial = date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture);
            return new Cell { CellValue = new CellValue(serial), StyleIndex = DateStyle };
        }

        var leadingZero = text.Length > 1 && text[0] == '0' && text[1] != '.';
        return
            !leadingZero
            && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
            ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(text) }
            : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };
    }
}
