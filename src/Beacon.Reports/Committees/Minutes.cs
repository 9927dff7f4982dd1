namespace Beacon.Reports.Committees;

/// <summary>
/// A meeting's minutes as the council files them: who came, apologies and declarations, then each minute by its
/// number across the municipal year with its numbered resolutions and their actions. The public minutes give an
/// exempt item's number and paragraph only; its minute is in the exempt minutes.
/// </summary>
public sealed record Minutes(
    string Authority,
    string Committee,
    DateTime StartsAt,
    string Venue,
    string? Present,
    string? Apologies,
    string? Declarations,
    IReadOnlyList<Minute> Items,
    DateTime? ApprovedAtUtc,
    PackPart Part
)
{
    public string Title => $"{Committee} minutes, {StartsAt:d MMMM yyyy}";
}

/// <summary>One minute: its number, the item's title, what was recorded, and what was resolved.</summary>
public sealed record Minute(int Number, string Title, string? Text, IReadOnlyList<MinuteResolution> Resolutions, int? ExemptParagraph);

/// <summary>"(1) That ...", with the actions it created ("Director of Child and Adult Services, by 5 November 2013").</summary>
public sealed record MinuteResolution(int Number, string Text, IReadOnlyList<string> Actions);
