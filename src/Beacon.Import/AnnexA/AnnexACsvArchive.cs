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

    /// <summary>Each CSV, in name order, through the handler <paramref name="open"/> gives for it (by its place and its name without folder or extension).</summary>
    internal static void ForEachList(string path, Func<int, string, SheetHandler?> open)
    {
        using var zip = ZipFile.OpenRead(path);
        var index = 0;
        foreach (var entry in zip.Entries.Where(IsCsv).OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            if (open(index++, Path.GetFileNameWithoutExtension(entry.Name)) is not { } handler)
            {
                continue;
            }

            // The CSV reader works on a file: it looks at the bytes twice to tell the encoding.
            var file = Path.GetTempFileName();
            try
            {
                entry.ExtractToFile(file, overwrite: true);
                Read(file, handler);
            }
            finally
            {
                File.Delete(file);
            }
        }
    }

    private static void Read(string file, SheetHandler handler)
    {
        var opened = TabularReader.Open(file);
        if (!opened.Succeeded)
        {
            // An empty list is a list with no rows; the reader reports a list without its required columns.
            handler.Begin([]);
            return;
        }

        using var reader = opened.Value;
        handler.Begin([.. reader.Header]);
        while (reader.Read())
        {
            handler.Offer(reader.RowNumber, [.. reader.Current]);
        }
    }

    private static bool IsCsv(ZipArchiveEntry entry) =>
        entry.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !entry.FullName.StartsWith("__MACOSX", StringComparison.Ordinal);
}
