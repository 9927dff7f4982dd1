using Beacon.Import.Tests.TestData;

namespace Beacon.Import.Tests.DfeOpenData;

/// <summary>One kind of bad file, and where its first error must point.</summary>
internal sealed record BadInputCase(string Name, long Row, string? Column, string? Value, string Reason)
{
    public override string ToString() => Name;

    public static IReadOnlyList<BadInputCase> All { get; } =
    [
        new("empty file", 0, null, null, "the file is empty"),
        new("wrong header", 1, "time_period", null, "required column is missing"),
        new("non-numeric value", 3, "children_count", "six thousand", "not a number or a DfE symbol"),
        new("duplicate key", 5, null, null, "duplicate key: the same time period, geography and filters as row 4"),
        new("unknown LA code", 4, "new_la_code", "E06999998", "not a known local authority code"),
        new("truncated XLSX", 0, null, null, "not a readable XLSX workbook"),
        new("file over the size limit", 0, null, null, "over the limit of 200 bytes"),
        new("NUL byte in a cell", 4, "la_name", "Hart\\u0000lepool", "the value holds a control character (U+0000)"),
        new(
            "cell over the length limit",
            3,
            "region_name",
            new string('x', 40) + "…",
            "the value is 40,000 characters long, over the limit of 32,767 (Beacon:Import:MaxFieldLength)"
        ),
        new("extra cell in a row", 2, "14 (no header)", "extra", "the row has a value in cell 14, past the header's 13 columns"),
        new("unterminated quote", 3, "children_count", "\"6400,118", "a quoted value is never closed"),
        new(
            "filter value too long for a key",
            4,
            "population_type",
            new string('y', 40) + "…",
            "a filter value is 300 characters long; a figure's key holds filter values of at most 200"
        ),
    ];

    public static BadInputCase Named(string name) => All.Single(c => c.Name == name);

    /// <summary>The size limit the "over the size limit" case is run with; the good file is larger.</summary>
    public const long SmallLimit = 200;

    public string Write(DfeFiles files)
    {
        switch (Name)
        {
            case "empty file":
                return files.Csv("empty.csv");
            case "wrong header":
                return files.Csv(
                    "wrong-header.csv",
                    DfeFiles.Header.Replace("time_period", "year", StringComparison.Ordinal),
                    DfeFiles.GoodRows[0]
                );
            case "non-numeric value":
                return files.GoodCsv(
                    "non-numeric.csv",
                    (1, DfeFiles.GoodRows[1].Replace(",6400,", ",six thousand,", StringComparison.Ordinal))
                );
            case "duplicate key":
                return files.GoodCsv("duplicate.csv", (3, DfeFiles.GoodRows[2].Replace(",320,", ",321,", StringComparison.Ordinal)));
            case "unknown LA code":
                return files.GoodCsv(
                    "unknown-la.csv",
                    (2, DfeFiles.GoodRows[2].Replace("E06000001", "E06999998", StringComparison.Ordinal))
                );
            case "truncated XLSX":
                var whole = files.Xlsx("whole.xlsx", [DfeFiles.Header, .. DfeFiles.GoodRows]);
                var bytes = File.ReadAllBytes(whole);
                var truncated = files.Path_("truncated.xlsx");
                File.WriteAllBytes(truncated, bytes[..(bytes.Length / 2)]);
                return truncated;
            case "NUL byte in a cell":
                return files.GoodCsv("nul.csv", (2, DfeFiles.GoodRows[2].Replace("Hartlepool", "Hart\0lepool", StringComparison.Ordinal)));
            case "cell over the length limit":
                return files.GoodCsv(
                    "long.csv",
                    (1, DfeFiles.GoodRows[1].Replace("North East", new string('x', 40_000), StringComparison.Ordinal))
                );
            case "extra cell in a row":
                return files.GoodCsv("extra.csv", (0, DfeFiles.GoodRows[0] + ",extra"));
            case "filter value too long for a key":
                return files.GoodCsv(
                    "long-filter.csv",
                    (
                        2,
                        DfeFiles
                            .GoodRows[2]
                            .Replace("Children looked after on 31 March each year", new string('y', 300), StringComparison.Ordinal)
                    )
                );
            case "unterminated quote":
                return files.GoodCsv("quote.csv", (1, DfeFiles.GoodRows[1].Replace(",6400,", ",\"6400,", StringComparison.Ordinal)));
            default:
                return files.GoodCsv("too-big.csv");
        }
    }
}
