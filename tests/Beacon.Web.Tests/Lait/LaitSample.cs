using System.Globalization;
using Beacon.Import.Benchmarking;
using Beacon.Import.Lait;
using Beacon.Testing;
using CsvHelper;

namespace Beacon.Web.Tests.Lait;

/// <summary>
/// A few of LAIT's measures, cut from the real bds_long file as published, with its whole dictionary and May 2025
/// neighbours: enough for the pages' structure to be checked without loading all 641,070 figures.
/// </summary>
internal static class LaitSample
{
    private static readonly string[] Keys = ["InfMort", "LACFinance", "Vacancies_cover", "ChildPov"];

    public static async Task LoadAsync(TestDatabase database)
    {
        var folder = SharedData.Require("lait");
        var sample = Path.Combine(Path.GetTempPath(), $"lait-sample-{Guid.NewGuid():N}.csv");
        try
        {
            using (var reader = new StreamReader(Path.Combine(folder, "bds_long.csv")))
            using (var csv = new CsvReader(reader, CultureInfo.InvariantCulture))
            await using (var writer = new StreamWriter(sample))
            await using (var output = new CsvWriter(writer, CultureInfo.InvariantCulture))
            {
                csv.Read();
                csv.ReadHeader();
                foreach (var header in csv.HeaderRecord!)
                {
                    output.WriteField(header);
                }

                await output.NextRecordAsync();
                while (csv.Read())
                {
                    if (Keys.Contains(csv.GetField("Short Desc")))
                    {
                        foreach (var field in csv.Parser.Record!)
                        {
                            output.WriteField(field);
                        }

                        await output.NextRecordAsync();
                    }
                }
            }

            foreach (
                var (format, path) in new (Beacon.Import.Pipeline.IImportFormat, string)[]
                {
                    (new LaitDictionaryFormat(), Path.Combine(folder, "lait_data_dictionary.csv")),
                    (new LaitDataFormat(), sample),
                    (new StatisticalNeighboursFormat(2025), Path.Combine(folder, "sn_may_2025.xlsx")),
                }
            )
            {
                Assert.True((await TestImports.RunAsync(database, format, path)).Succeeded, path);
            }
        }
        finally
        {
            File.Delete(sample);
        }
    }
}
