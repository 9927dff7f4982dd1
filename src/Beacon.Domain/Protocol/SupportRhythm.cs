namespace Beacon.Domain.Protocol;

/// <summary>
/// How often the protocol's groups meet (Appendix 3). A Focus Group meets "very frequently initially (e.g. weekly or
/// fortnightly), then monthly, then half-termly"; an Officer Group half-termly, with "fortnightly KIT (keeping in
/// touch) meetings with a senior LA officer in order to maintain the pace of improvement".
/// </summary>
public static class SupportRhythm
{
    public const int Weekly = 7;

    public const int Fortnightly = 14;

    public const int Monthly = 30;

    public const int HalfTermly = 42;

    /// <summary>An Officer Group's keeping-in-touch meetings, between its half-termly meetings.</summary>
    public const int KeepingInTouchEveryDays = Fortnightly;

    /// <summary>The frequencies the protocol names, in days.</summary>
    public static IReadOnlyList<(int Days, string Name)> Frequencies { get; } =
    [(Weekly, "Weekly"), (Fortnightly, "Fortnightly"), (Monthly, "Monthly"), (HalfTermly, "Half-termly")];

    /// <summary>
    /// The Focus Group's next, less frequent step (weekly or fortnightly, then monthly, then half-termly); none for a
    /// group already meeting half-termly or less often, or for an Officer Group, which stays half-termly.
    /// </summary>
    public static (int Days, string Name)? NextStep(SupportGroupKind kind, int meetEveryDays) =>
        kind == SupportGroupKind.OfficerGroup ? null
        : meetEveryDays < Monthly ? (Monthly, "Monthly")
        : meetEveryDays < HalfTermly ? (HalfTermly, "Half-termly")
        : null;

    public static string Name(int days) => Frequencies.FirstOrDefault(f => f.Days == days).Name ?? $"Every {days} days";
}
