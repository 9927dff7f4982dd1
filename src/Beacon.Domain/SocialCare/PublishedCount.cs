namespace Beacon.Domain.SocialCare;

/// <summary>
/// Counts about children as they may be published: a count from 1 to below the threshold (5 unless the authority
/// sets another) is shown as "c", and so is any percentage built on one, so that no child can be picked out.
/// </summary>
public static class PublishedCount
{
    public const int DefaultThreshold = 5;

    public static bool IsSuppressed(int count, int threshold) => count > 0 && count < threshold;

    public static string Count(int count, int threshold) =>
        IsSuppressed(count, threshold) ? "c" : count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Percent(int count, int of, int threshold) =>
        of == 0 ? "-"
        : IsSuppressed(count, threshold) || IsSuppressed(of, threshold) || IsSuppressed(of - count, threshold) ? "c"
        : Percentage.Of(count, of)!.Value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
