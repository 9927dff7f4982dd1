using System.Globalization;
using System.Text;
using Beacon.Data;
using Beacon.Import.DfeOpenData;
using Beacon.Import.Geography;
using Beacon.Import.Pipeline;

namespace Beacon.Cli.Bench;

/// <summary>
/// Writes a DfE-layout CSV of a given size: 10 columns (time, geography, one filter, one measure)
/// over every current authority and thirteen years, with a suppressed cell in every fifty.
/// Deterministic, so two runs measure the same bytes.
/// </summary>
internal static class BenchmarkFile
{
    public const string Header =
        "time_period,time_identifier,geographic_level,country_code,country_name,old_la_code,new_la_code,la_name,breakdown,children_count";

    public static void Write(string path, int rows)
    {
        var authorities = LocalAuthorityRegister.Shipped.All.Where(a => a.LastYear >= 2025).ToList();
        const int years = 13;
        var breakdowns = (int)Math.Ceiling(rows / (double)(authorities.Count * years));
        using var writer = new StreamWriter(path, false, new UTF8Encoding(true), 1 << 20);
        writer.WriteLine(Header);
        var written = 0;
        var random = new Random(20261123);
        for (var year = 2013; year < 2013 + years && written < rows; year++)
        {
            foreach (var authority in authorities)
            {
                for (var b = 0; b < breakdowns && written < rows; b++, written++)
                {
                    var value = random.Next(50) == 0 ? "c" : random.Next(0, 100_000).ToString(CultureInfo.InvariantCulture);
                    var name = authority.Name.Contains(',', StringComparison.Ordinal) ? $"\"{authority.Name}\"" : authority.Name;
                    writer.Write(year);
                    writer.Write(",Reporting year,Local authority,E92000001,England,");
                    writer.Write($"{authority.OldCode},{authority.NewCode},{name},group_{b:D4},{value}\n");
                }
            }
        }
    }

    /// <summary>The file of that many rows in the folder (which must exist), written the first time it is asked for.</summary>
    public static string InFolder(string folder, int rows)
    {
        var path = Path.Combine(folder, $"bench-{rows}.csv");
        if (!File.Exists(path))
        {
            Write(path, rows);
        }

        return path;
    }

    /// <summary>The file imported as DfE open data under the dataset, through the pipeline an officer's import uses, with no size limit.</summary>
    public static Task<ImportOutcome> ImportAsync(BeaconDbContext db, string path, string dataset, CancellationToken cancellationToken) =>
        new ImportPipeline(new ImportOptions { MaxFileBytes = long.MaxValue }, TimeProvider.System).RunAsync(
            db,
            new DfeOpenDataFormat(dataset, LocalAuthorityRegister.Shipped),
            path,
            Path.GetFileName(path),
            "bench",
            cancellationToken: cancellationToken
        );
}
