using System.IO.Compression;
using System.Security;
using System.Text;

namespace Beacon.Import.Tests.TestData;

/// <summary>Writes a minimal, valid XLSX workbook (one sheet, inline strings) for reader tests.</summary>
internal static class XlsxFile
{
    public static void Write(string path, IEnumerable<string[]> rows)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Add(
            zip,
            "[Content_Types].xml",
            """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"""
        );
        Add(
            zip,
            "_rels/.rels",
            """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""
        );
        Add(
            zip,
            "xl/workbook.xml",
            """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>"""
        );
        Add(
            zip,
            "xl/_rels/workbook.xml.rels",
            """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"""
        );
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
                var reference = $"{(char)('A' + c)}{r}";
                sheet.Append(
                    decimal.TryParse(row[c], System.Globalization.CultureInfo.InvariantCulture, out _)
                        ? $"<c r=\"{reference}\"><v>{row[c]}</v></c>"
                        : $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(row[c])}</t></is></c>"
                );
            }

            sheet.Append("</row>");
        }

        sheet.Append("</sheetData></worksheet>");
        Add(zip, "xl/worksheets/sheet1.xml", sheet.ToString());
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
