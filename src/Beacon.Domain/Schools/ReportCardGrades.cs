namespace Beacon.Domain.Schools;

/// <summary>
/// Ofsted's report-card grades for school inspections from November 2025, one per evaluation area; safeguarding
/// is Met or Not met. Not comparable with the 4-point grades, so never counted with them.
/// </summary>
public static class ReportCardGrades
{
    public static readonly IReadOnlyList<string> Scale =
    [
        "Exceptional",
        "Strong standard",
        "Expected standard",
        "Needs attention",
        "Urgent improvement",
    ];

    public static readonly IReadOnlyList<string> Safeguarding = ["Met", "Not met"];

    /// <summary>The grade as Ofsted writes it, whatever the case and spacing given; none where it is not one.</summary>
    public static string? Normalise(string? text, bool safeguarding)
    {
        var key = Key(text);
        return (safeguarding ? Safeguarding : Scale).FirstOrDefault(g => Key(g) == key);
    }

    private static string Key(string? text) => new((text ?? "").Where(char.IsLetter).Select(char.ToUpperInvariant).ToArray());
}
