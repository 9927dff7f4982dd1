namespace Beacon.Domain.Protocol;

/// <summary>Who made an overarching judgement on the arrangements: the authority in its self-evaluation, or Ofsted.</summary>
public static class SchoolImprovementJudgementSources
{
    public const string SelfEvaluation = "Self-evaluation";

    public const string Ofsted = "Ofsted inspection";

    public static IReadOnlyList<string> All { get; } = [SelfEvaluation, Ofsted];
}
