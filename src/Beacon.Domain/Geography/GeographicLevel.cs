namespace Beacon.Domain.Geography;

/// <summary>The geographies DfE publishes at, by the name its files use.</summary>
public static class GeographicLevel
{
    public const string National = "National";
    public const string Regional = "Regional";
    public const string LocalAuthority = "Local authority";

    /// <summary>
    /// Two or more authorities that report together through a shared service ("940 / 941" for North and West
    /// Northamptonshire's children's trust): filed apart from either authority's own figures, under both codes.
    /// </summary>
    public const string SharedService = "Shared service";

    /// <summary>The levels Beacon imports; others (parliamentary constituency, ward) are rejected with a clear reason.</summary>
    public static IReadOnlyList<string> Supported { get; } = [National, Regional, LocalAuthority];
}
