using System.IO.Compression;
using Beacon.Import.Tabular;

namespace Beacon.Import.AnnexA;

/// <summary>
/// Annex A as CSV, one file per list, arriving as one zip (as case-management systems export it, and as an upload
/// needs one file): each CSV is a list named by its file name ("List 3 - Referrals.csv"), read as a sheet would be.
/// </summary>
public static class AnnexACsvArchive
{
    /// <summary>Whether the file is a zip holding CSV files rather than an Excel workbook.</summary>
    public static bool Holds(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            return zip.GetEntry("[Content_Types].xml") is null && zip.Entries.Any(IsCsv);
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>Each CSV's name (without its folder or extension), header and rows with their row numbers.</summary>
    public static IReadOnlyList<(string Sheet, string[] Header, IReadOnlyList<(long Row, string[] Cells)> Rows)> Sheets(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var sheets = new List<(string, string[], IReadOnlyList<(long, string[])>)>();
        foreach (var entry in zip.Entries.Where(IsCsv).OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            // The CSV reader works on a file: it looks at the bytes twice to tell the encoding.
            var file = Path.GetTempFileName();
            try
            {
                entry.ExtractToFile(file, overwrite: true);
                sheets.Add(Read(Path.GetFileNameWithoutExtension(entry.Name), file));
            }
            finally
            {
                File.Delete(file);
            }
        }

        return sheets;
    }

    private static (string, string[], IReadOnlyList<(long, string[])>) Read(string name, string file)
    {
        var opened = TabularReader.Open(file);
        if (!opened.Succeeded)
        {
            // An empty list is a list with no rows; the reader reports a list without its required columns.
            return (name, [], []);
        }

        using var reader = opened.Value;
        var rows = new List<(long, string[])>();
        while (reader.Read())
        {
            if (reader.Current.Any(c => c.Trim().Length > 0))
            {
                rows.Add((reader.RowNumber, [.. reader.Current]));
            }
        }

        return (name, [.. reader.Header], rows);
    }

    private static bool IsCsv(ZipArchiveEntry entry) =>
        entry.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !entry.FullName.StartsWith("__MACOSX", StringComparison.Ordinal);
}
