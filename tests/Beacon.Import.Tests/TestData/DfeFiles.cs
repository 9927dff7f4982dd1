using System.Text;

namespace Beacon.Import.Tests.TestData;

/// <summary>Small files in DfE's open-data layout, written to a temporary folder for one test.</summary>
internal sealed class DfeFiles : IDisposable
{
    public const string Header =
        "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,population_type,children_count,rate_per_10000";

    /// <summary>Three good rows: England, the North East, and Hartlepool, with a suppressed rate.</summary>
    public static readonly string[] GoodRows =
    [
        "2025,Reporting year,National,E92000001,England,,,,,,Children looked after on 31 March each year,81770,67",
        "2025,Reporting year,Regional,E92000001,England,E12000001,North East,,,,Children looked after on 31 March each year,6400,118",
        "2025,Reporting year,Local authority,E92000001,England,E12000001,North East,805,E06000001,Hartlepool,Children looked after on 31 March each year,320,c",
        "2025,Reporting year,Local authority,E92000001,England,E12000001,North East,806,E06000002,Middlesbrough,Children looked after on 31 March each year,\"1,050\",low",
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "beacon-import-tests", Guid.NewGuid().ToString("N"));

    public DfeFiles() => Directory.CreateDirectory(_folder);

    /// <summary>A UTF-8 CSV with a byte-order mark, as DfE publishes; no lines at all makes a zero-byte file.</summary>
    public string Csv(string name, params string[] lines)
    {
        var path = Path.Combine(_folder, name);
        if (lines.Length == 0)
        {
            File.WriteAllBytes(path, []);
            return path;
        }

        File.WriteAllText(path, string.Join("\n", lines) + "\n", new UTF8Encoding(true));
        return path;
    }

    /// <summary>The header and the good rows, with some rows swapped for others.</summary>
    public string GoodCsv(string name = "cla.csv", params (int Index, string Row)[] replacements)
    {
        var rows = GoodRows.ToArray();
        foreach (var (index, row) in replacements)
        {
            rows[index] = row;
        }

        return Csv(name, [Header, .. rows]);
    }

    public string Xlsx(string name, IEnumerable<string> csvLines)
    {
        var path = Path.Combine(_folder, name);
        XlsxFile.Write(path, csvLines.Select(line => SplitCsv(line)));
        return path;
    }

    public string Path_(string name) => Path.Combine(_folder, name);

    private static string[] SplitCsv(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
