namespace Beacon.Domain.Statistics;

/// <summary>DfE's publication versions of a figure, kept in its filters as <c>version=Final</c> and so on.</summary>
public static class PublicationVersion
{
    private static readonly string[] Order = ["Final", "Revised", "Provisional"];

    /// <summary>How final a figure's version is: Final before Revised before Provisional before anything else (lower is more final).</summary>
    public static int RankOf(string filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var version = filters.Split('|').FirstOrDefault(p => p.StartsWith("version=", StringComparison.Ordinal))?["version=".Length..];
        var rank = Array.IndexOf(Order, version);
        return rank < 0 ? Order.Length : rank;
    }

    /// <summary>True where DfE published the figure as provisional, to be revised.</summary>
    public static bool IsProvisional(string filters) => RankOf(filters) == Array.IndexOf(Order, "Provisional");
}
