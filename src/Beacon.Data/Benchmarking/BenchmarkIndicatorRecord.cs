using Beacon.Data.Audit;
using Beacon.Domain;

namespace Beacon.Data.Benchmarking;

/// <summary>
/// An indicator definition an authority imported: it adds to the shipped ones, or replaces one with the same
/// code. Filters are kept as DfE writes them in the statistics, <c>column=value</c>, joined by <c>|</c>.
/// </summary>
[Audited("BenchmarkIndicator")]
public class BenchmarkIndicatorRecord
{
    public int Id { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string Dataset { get; set; } = "";

    public string Filters { get; set; } = "";

    public string Measure { get; set; } = "";

    public string Unit { get; set; } = "";

    public Polarity Polarity { get; set; }

    public int Decimals { get; set; }

    public string? DenominatorDataset { get; set; }

    public string? DenominatorFilters { get; set; }

    public string? DenominatorMeasure { get; set; }

    public int Per { get; set; }
}
