namespace Beacon.Domain.Lait;

/// <summary>What a LAIT geography is: an authority, a region (London also split into Inner and Outer), or England.</summary>
public enum LaitPlaceKind
{
    Authority,
    Region,
    England,
}

/// <summary>
/// A geography of LAIT's data set by its number (201-943 authorities, 970 England, 980-990 regions) and name as LAIT
/// writes them; an authority carries the region row it reports to (London (Inner), Yorkshire and the Humber, ...).
/// </summary>
public sealed record LaitPlace(int Number, string Name, LaitPlaceKind Kind, int? Region)
{
    public const int England = 970;

    public const int London = 986;

    public const int InnerLondon = 987;

    public const int OuterLondon = 988;

    /// <summary>LAIT's region rows: numbered from 980, in its order.</summary>
    public static IReadOnlyDictionary<string, int> RegionNumbers { get; } =
        new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["North East"] = 980,
            ["North West"] = 981,
            ["Yorkshire and the Humber"] = 982,
            ["East Midlands"] = 983,
            ["West Midlands"] = 984,
            ["East of England"] = 985,
            ["London"] = London,
            ["London (Inner)"] = InnerLondon,
            ["Inner London"] = InnerLondon,
            ["London (Outer)"] = OuterLondon,
            ["Outer London"] = OuterLondon,
            ["South East"] = 989,
            ["South West"] = 990,
        };

    public static LaitPlaceKind KindOf(int number) =>
        number == England ? LaitPlaceKind.England
        : number >= 980 ? LaitPlaceKind.Region
        : LaitPlaceKind.Authority;
}
