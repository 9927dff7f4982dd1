using System.Globalization;
using CsvHelper;

namespace Beacon.Import.Geography;

/// <summary>An English local authority as DfE's files name it, with the years its codes were in use.</summary>
public sealed record LocalAuthority(
    string OldCode,
    string NewCode,
    string Name,
    string RegionCode,
    string RegionName,
    int FirstYear,
    int LastYear
);

/// <summary>
/// Every local authority code DfE's children's statistics have used since 2012, old (three digits) and
/// new (ONS), including authorities since merged or split. Built from the files in shared/data; see
/// docs/decisions/004-local-authority-register.md. Where ONS gave an unchanged authority a new code
/// (ons-recodes.csv: Gateshead and Northumberland in 2013, Barnsley and Sheffield in 2024), both codes find it, so
/// its series joins up.
/// </summary>
public sealed class LocalAuthorityRegister
{
    private readonly Dictionary<string, LocalAuthority> _byNewCode;
    private readonly Dictionary<string, LocalAuthority> _byOldCode;

    private LocalAuthorityRegister(IReadOnlyList<LocalAuthority> authorities, IReadOnlyDictionary<string, string> recodes)
    {
        All = authorities;
        _byNewCode = authorities.ToDictionary(a => a.NewCode, StringComparer.OrdinalIgnoreCase);
        foreach (var (newer, code) in recodes)
        {
            _byNewCode[newer] = _byNewCode[code];
        }

        // An old code can outlive a reorganisation (North Yorkshire kept 815); the latest holder wins.
        _byOldCode = authorities
            .GroupBy(a => a.OldCode)
            .ToDictionary(g => g.Key, g => g.MaxBy(a => a.LastYear)!, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The register shipped with Beacon.</summary>
    public static LocalAuthorityRegister Shipped { get; } = Load();

    public IReadOnlyList<LocalAuthority> All { get; }

    /// <summary>The authority with this ONS code, or that ONS recoded to it (whose own code is then the one it is filed under).</summary>
    public LocalAuthority? FindByNewCode(string code) => _byNewCode.GetValueOrDefault(code);

    public LocalAuthority? FindByOldCode(string code) => _byOldCode.GetValueOrDefault(code);

    private static LocalAuthorityRegister Load()
    {
        using var stream = typeof(LocalAuthorityRegister).Assembly.GetManifestResourceStream("local-authorities.csv")!;
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var authorities = new List<LocalAuthority>();
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            authorities.Add(
                new LocalAuthority(
                    csv.GetField("old_la_code")!,
                    csv.GetField("new_la_code")!,
                    csv.GetField("la_name")!,
                    csv.GetField("region_code")!,
                    csv.GetField("region_name")!,
                    csv.GetField<int>("first_year"),
                    csv.GetField<int>("last_year")
                )
            );
        }

        return new LocalAuthorityRegister(authorities, Recodes());
    }

    // Each other ONS code an unchanged authority has had (older or newer), with the code Beacon files it under.
    private static Dictionary<string, string> Recodes()
    {
        using var stream = typeof(LocalAuthorityRegister).Assembly.GetManifestResourceStream("ons-recodes.csv")!;
        using var csv = new CsvReader(new StreamReader(stream), CultureInfo.InvariantCulture);
        var recodes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            recodes[csv.GetField("other_code")!] = csv.GetField("code")!;
        }

        return recodes;
    }
}
