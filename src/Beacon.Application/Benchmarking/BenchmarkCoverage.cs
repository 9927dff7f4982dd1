using Beacon.Domain.Benchmarking;
using Beacon.Import.Geography;

namespace Beacon.Application.Benchmarking;

/// <summary>What the sector pages share: authorities by code and name, and the years a set has figures for.</summary>
public static class BenchmarkCoverage
{
    public static LocalAuthorityRegister Register => LocalAuthorityRegister.Shipped;

    /// <summary>Every authority with a figure in the set, by name.</summary>
    public static IReadOnlyList<LocalAuthority> Authorities(BenchmarkSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var codes = set.Series.SelectMany(s => s.Authorities.Values.SelectMany(a => a.Keys)).ToHashSet();
        return Register
            .All.Where(a => codes.Contains(a.OldCode))
            .DistinctBy(a => a.OldCode)
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The regions of the authorities with figures, by name.</summary>
    public static IReadOnlyList<(string Code, string Name)> Regions(BenchmarkSet set) =>
        Authorities(set).Select(a => (a.RegionCode, a.RegionName)).Distinct().OrderBy(r => r.RegionName, StringComparer.Ordinal).ToList();

    /// <summary>The years with figures for any indicator, newest first.</summary>
    public static IReadOnlyList<int> Years(BenchmarkSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return set.Series.SelectMany(s => s.Years).Distinct().OrderDescending().ToList();
    }

    public static string NameOf(string oldCode) => Register.FindByOldCode(oldCode)?.Name ?? oldCode;
}
