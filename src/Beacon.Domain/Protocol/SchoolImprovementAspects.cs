namespace Beacon.Domain.Protocol;

/// <summary>
/// The nine aspects Ofsted inspects in an authority's arrangements for supporting school improvement (the
/// framework's paragraph 17, seed 000 item 6.1). Ofsted reports strengths and weaknesses for each and makes one
/// overarching judgement, effective or ineffective, on the arrangements as a whole (paragraph 20), not one per aspect.
/// </summary>
public static class SchoolImprovementAspects
{
    public static IReadOnlyList<string> All { get; } =
    [
        "The effectiveness of corporate and strategic leadership of school improvement",
        "The clarity and transparency of policy and strategy for supporting schools' improvement, and how clearly the authority has defined its monitoring, challenge, support and intervention roles",
        "The extent to which the authority knows its schools, their performance and the standards they achieve, and how effectively support is focused on areas of greatest need",
        "The effectiveness of the authority's identification of, and intervention in, underperforming schools, including its use of formal powers",
        "The impact of the authority's support and challenge over time and the rate at which schools are improving",
        "The extent to which the authority commissions and brokers support for schools",
        "The effectiveness of strategies to support highly effective leadership and management in schools",
        "Support and challenge for school governance",
        "The way the authority uses available funding to effect improvement, focused on areas of greatest need",
    ];

    /// <summary>The overarching judgement's two values.</summary>
    public static IReadOnlyList<string> Judgements { get; } = ["Effective", "Ineffective"];
}
