namespace Beacon.Domain.SocialCare;

/// <summary>A case-file audit's grades (1 outstanding to 4 inadequate) by question, with the moderator's re-grading where there is one.</summary>
public sealed record GradedAudit(
    long AuditId,
    string Auditor,
    IReadOnlyDictionary<string, int> Grades,
    IReadOnlyDictionary<string, int>? Moderated
);

/// <summary>How often the moderator gave the same grade: agreed of compared, for an auditor or a question.</summary>
public sealed record Agreement(string Key, int Agreed, int Compared)
{
    public decimal? Percent => Percentage.Of(Agreed, Compared);
}

/// <summary>A question as a theme for the improvement plan: its average grade (final, after moderation) and how often moderation changed it.</summary>
public sealed record AuditTheme(string Question, decimal AverageGrade, int Graded, int Changed);

/// <summary>
/// Moderation of case-file audits (the Hartlepool inspection found "no moderation process to check and measure
/// audit quality"): a second auditor re-grades a sample; agreement is the share of questions given the same grade,
/// per auditor and per question; themes are the questions graded worst once moderated, with how often moderation
/// changed them. The moderator's grade is the final one.
/// </summary>
public static class AuditModeration
{
    /// <summary>The questions of Beacon's audit tool, as themes an ILACS inspection tests.</summary>
    public static IReadOnlyList<string> Questions { get; } =
    [
        "Management oversight is recorded and purposeful",
        "The child's plan is specific and progressed",
        "The child's voice and lived experience are clear",
        "IRO challenge is evident where needed",
        "Assessments and visits are timely",
    ];

    public static IReadOnlyList<Agreement> ByAuditor(IEnumerable<GradedAudit> audits) => Agreements(audits, (a, _) => a.Auditor);

    public static IReadOnlyList<Agreement> ByQuestion(IEnumerable<GradedAudit> audits) => Agreements(audits, (_, q) => q);

    public static IReadOnlyList<AuditTheme> Themes(IEnumerable<GradedAudit> audits)
    {
        ArgumentNullException.ThrowIfNull(audits);
        var list = audits.ToList();
        return list.SelectMany(a =>
                a.Grades.Select(g =>
                    (
                        Question: g.Key,
                        Final: a.Moderated?.GetValueOrDefault(g.Key) ?? g.Value,
                        Changed: a.Moderated is { } m && m.TryGetValue(g.Key, out var v) && v != g.Value
                    )
                )
            )
            .GroupBy(x => x.Question)
            .Select(g => new AuditTheme(g.Key, Math.Round((decimal)g.Average(x => x.Final), 2), g.Count(), g.Count(x => x.Changed)))
            .OrderByDescending(t => t.AverageGrade)
            .ThenByDescending(t => t.Changed)
            .ToList();
    }

    private static List<Agreement> Agreements(IEnumerable<GradedAudit> audits, Func<GradedAudit, string, string> keyOf)
    {
        ArgumentNullException.ThrowIfNull(audits);
        return audits
            .Where(a => a.Moderated is not null)
            .SelectMany(a =>
                a.Grades.Where(g => a.Moderated!.ContainsKey(g.Key))
                    .Select(g => (Key: keyOf(a, g.Key), Same: a.Moderated![g.Key] == g.Value))
            )
            .GroupBy(x => x.Key)
            .Select(g => new Agreement(g.Key, g.Count(x => x.Same), g.Count()))
            .OrderBy(a => a.Key, StringComparer.Ordinal)
            .ToList();
    }
}
