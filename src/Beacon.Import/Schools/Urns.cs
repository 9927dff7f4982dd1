using System.Globalization;

namespace Beacon.Import.Schools;

/// <summary>Reading a school's unique reference number, the same way in every school file.</summary>
internal static class Urns
{
    /// <summary>The message every school layout gives for a cell that is not a URN.</summary>
    public const string Problem = "not a URN (a whole number)";

    public static bool TryParse(string text, out int urn) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out urn) && urn > 0;
}
