using Beacon.Domain.SocialCare;

namespace Beacon.Domain.Tests.SocialCare;

public class AuditModerationTests
{
    private const string Oversight = "Management oversight is recorded and purposeful";
    private const string Voice = "The child's voice and lived experience are clear";

    private static Dictionary<string, int> G(int oversight, int voice) => new() { [Oversight] = oversight, [Voice] = voice };

    [Fact]
    public void Agreement_is_the_share_of_grades_the_moderator_kept_per_auditor_and_per_question()
    {
        GradedAudit[] audits =
        [
            new(1, "Ann", G(2, 2), G(3, 2)), // oversight moderated down
            new(2, "Ann", G(2, 1), G(2, 1)),
            new(3, "Bob", G(3, 3), G(4, 3)),
            new(4, "Bob", G(2, 2), null), // not sampled: not compared
        ];

        Assert.Equal([("Ann", 3, 4), ("Bob", 1, 2)], AuditModeration.ByAuditor(audits).Select(a => (a.Key, a.Agreed, a.Compared)));
        Assert.Equal(
            [(Oversight, 1, 3, 33.3m), (Voice, 3, 3, 100.0m)],
            AuditModeration.ByQuestion(audits).Select(a => (a.Key, a.Agreed, a.Compared, a.Percent!.Value))
        );
    }

    [Fact]
    public void Themes_are_the_questions_graded_worst_after_moderation()
    {
        GradedAudit[] audits = [new(1, "Ann", G(2, 1), G(4, 1)), new(2, "Bob", G(3, 2), null)];

        var themes = AuditModeration.Themes(audits);

        Assert.Equal((Oversight, 3.5m, 2, 1), (themes[0].Question, themes[0].AverageGrade, themes[0].Graded, themes[0].Changed));
        Assert.Equal(Voice, themes[1].Question);
    }
}
