namespace Beacon.Domain.Committees;

/// <summary>The paragraphs of Part 1 of Schedule 12A to the Local Government Act 1972 that make an item exempt.</summary>
public static class ExemptParagraph
{
    private static readonly string[] Descriptions =
    [
        "Information relating to any individual",
        "Information which is likely to reveal the identity of an individual",
        "Information relating to the financial or business affairs of any particular person (including the authority holding that information)",
        "Information relating to any consultations or negotiations, or contemplated consultations or negotiations, in connection with any labour relations matter",
        "Information in respect of which a claim to legal professional privilege could be maintained in legal proceedings",
        "Information which reveals that the authority proposes to give a notice or to make an order or direction",
        "Information relating to any action taken or to be taken in connection with the prevention, investigation or prosecution of crime",
    ];

    public static bool IsParagraph(int paragraph) => paragraph >= 1 && paragraph <= Descriptions.Length;

    /// <summary>As a pack prints it: "Paragraph 1: information relating to any individual".</summary>
    public static string Describe(int paragraph) =>
        IsParagraph(paragraph)
            ? FormattableString.Invariant($"Paragraph {paragraph}: {Descriptions[paragraph - 1]}")
            : throw new ArgumentOutOfRangeException(nameof(paragraph), paragraph, "Schedule 12A Part 1 has paragraphs 1 to 7.");
}
