namespace Beacon.Domain.Protocol;

/// <summary>
/// When Ofsted would come back after judging an authority's arrangements for supporting school improvement
/// ineffective: "re-inspection within nine to 12 months" (the handbook's paragraph 37, seed 000 item 6.1).
/// </summary>
public sealed record ReinspectionWindow(DateOnly From, DateOnly To)
{
    /// <summary>The window after an Ofsted judgement; none after an effective one, or after the authority's own.</summary>
    public static ReinspectionWindow? After(string source, string judgement, DateOnly judgedOn) =>
        source == SchoolImprovementJudgementSources.Ofsted && judgement == "Ineffective"
            ? new(judgedOn.AddMonths(9), judgedOn.AddMonths(12))
            : null;

    /// <summary>Where a date falls: before the window, in it, or past it.</summary>
    public string Describe(DateOnly today) =>
        today < From ? "Not yet due"
        : today <= To ? "Due now"
        : "Past the window";
}
