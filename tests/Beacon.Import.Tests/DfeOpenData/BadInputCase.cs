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
            default:
                return files.GoodCsv("too-big.csv");
        }
    }
}
