using System.Text.RegularExpressions;

namespace Beacon.Domain.Geography;

/// <summary>The two codes an English local authority goes by.</summary>
public static partial class LocalAuthorityCode
{
    /// <summary>The three-digit DfE number, e.g. 805 for Hartlepool.</summary>
    public static bool IsOldCode(string code) => OldCodePattern().IsMatch(code);

    /// <summary>The nine-character ONS code, e.g. E06000001 for Hartlepool.</summary>
    public static bool IsNewCode(string code) => NewCodePattern().IsMatch(code);

    [GeneratedRegex("^[0-9]{3}$")]
    private static partial Regex OldCodePattern();

    [GeneratedRegex("^E(06|07|08|09|10)[0-9]{6}$")]
    private static partial Regex NewCodePattern();
}
