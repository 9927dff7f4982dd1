using System.IO.Compression;
using System.Security;
using System.Text;

namespace Beacon.Import.Tests.TestData;

/// <summary>Writes a minimal, valid XLSX workbook (one sheet, inline strings) for reader tests.</summary>
internal static class XlsxFile
{
    public static void Write(string path, IEnumerable<string[]> rows) => WriteSheets(path, [("Data", rows)]);

    /// <summary>A workbook with a sheet each, in order.</summary>
    public static void WriteSheets(string path, IReadOnlyList<(string Name, IEnumerable<string[]> Rows)> sheets)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Add(
            zip,
            "[Content_Types].xml",
            """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"""
                + string.Concat(
                    sheets.Select(
                        (_, i) =>
                            $"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    )
                )
                + "</Types>"
        );
        Add(
            zip,
            "_rels/.rels",
            """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""
        );
        Add(
            zip,
            "xl/workbook.xml",
            """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"""
                + string.Concat(
                    sheets.Select((s, i) => $"<sheet name=\"{SecurityElement.Escape(s.Name)}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>")
                )
                + "</sheets></workbook>"
        );
        Add(
            zip,
            "xl/_rels/workbook.xml.rels",
            """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"""
                + string.Concat(
                    sheets.Select(
                        (_, i) =>
                            $"<Relationship Id=\"rId{i + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>"
                    )
                )
                + "</Relationships>"
        );
        for (var i = 0; i < sheets.Count; i++)
        {
            Add(zip, $"xl/worksheets/sheet{i + 1}.xml", Sheet(sheets[i].Rows));
        }
    }

    private static string Sheet(IEnumerable<string[]> rows)
    {
        var sheet = new StringBuilder(
            """<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"""
        );
        var r = 0;
        foreach (var row in rows)
        {
            r++;
            sheet.Append("<row r=\"").Append(r).Append("\">");
            for (var c = 0; c < row.Length; c++)
            {
                var reference = $"{Column(c)}{r}";
                sheet.Append(
                    decimal.TryParse(row[c], System.Globalization.CultureInfo.InvariantCulture, out _)
                        ? $"<c r=\"{reference}\"><v>{row[c]}</v></c>"
                        : $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(row[c])}</t></is></c>"
                );
            }

            sheet.Append("</row>");
        }

        return sheet.Append("</sheetData></worksheet>").ToString();
    }

    // A, B, ... Z, AA, AB, ...
    private static string Column(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : Column((index / 26) - 1) + (char)('A' + (index % 26));

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
