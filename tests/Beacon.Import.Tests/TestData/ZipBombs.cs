using System.IO.Compression;
using System.Text;

namespace Beacon.Import.Tests.TestData;

/// <summary>Small zips that inflate to a gigabyte: what an attacker or a broken export would upload.</summary>
internal static class ZipBombs
{
    public const long Inflated = 1L << 30;

    /// <summary>A valid one-sheet workbook whose shared strings inflate to a gigabyte.</summary>
    public static string SharedStrings(string folder)
    {
        var path = Path.Combine(folder, "shared-strings-bomb.xlsx");
        XlsxFile.Write(
            path,
            [
                ["time_period", "children_count"],
                ["2025", "1"],
            ]
        );
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.SmallestSize);
        using var stream = entry.Open();
        Write(
            stream,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">",
            $"<si><t>{new string('A', 1000)}</t></si>",
            "</sst>"
        );
        return path;
    }

    /// <summary>An Annex A zip of CSV files whose one list inflates to a gigabyte.</summary>
    public static string Csv(string folder)
    {
        var path = Path.Combine(folder, "annex-a-bomb.zip");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        var entry = zip.CreateEntry("List 1 - Contacts.csv", CompressionLevel.SmallestSize);
        using var stream = entry.Open();
        Write(stream, "Child Unique ID,Gender,Date of contact\n", "1234567,Male,01/04/2025\n", "");
        return path;
    }

    private static void Write(Stream stream, string head, string repeated, string tail)
    {
        var block = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(repeated, (1 << 20) / repeated.Length)));
        stream.Write(Encoding.UTF8.GetBytes(head));
        for (long written = 0; written < Inflated; written += block.Length)
        {
            stream.Write(block);
        }

        stream.Write(Encoding.UTF8.GetBytes(tail));
    }
}
