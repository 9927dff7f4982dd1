using Beacon.Domain.SocialCare;

namespace Beacon.Domain.Tests.SocialCare;

public sealed class CaseSamplingTests
{
    private static readonly string[] Children = [.. Enumerable.Range(1, 40).Select(i => $"C{i:000}")];

    [Fact]
    public void The_same_seed_draws_the_same_children_whatever_order_they_come_in()
    {
        var first = CaseSampling.Draw(Children, 8, seed: 1234);
        var again = CaseSampling.Draw(Children.Reverse(), 8, seed: 1234);
        var other = CaseSampling.Draw(Children, 8, seed: 98765);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal(8, first.Distinct().Count());
        Assert.Subset(Children.ToHashSet(), first.ToHashSet());
    }

    [Fact]
    public void A_child_listed_twice_is_drawn_once_and_a_sample_larger_than_the_list_takes_everyone()
    {
        var drawn = CaseSampling.Draw(["A", "B", "A", "", "C"], 10, seed: 7);

        Assert.Equal(["A", "B", "C"], drawn.Order());
    }

    [Fact]
    public void Moderation_takes_the_share_asked_for_and_at_least_one_audit_of_every_auditor()
    {
        (long, string)[] audits =
        [
            (1, "ann"),
            (2, "ann"),
            (3, "ann"),
            (4, "ann"),
            (5, "ann"),
            (6, "ann"),
            (7, "bob"),
            (8, "bob"),
            (9, "cy"),
            (10, "ann"),
        ];

        var fifth = CaseSampling.ForModeration(audits, 20, seed: 3);
        var half = CaseSampling.ForModeration(audits, 50, seed: 3);

        // 20% of ten is two, but three auditors each need one.
        Assert.Equal(3, fifth.Count);
        Assert.Equal(["ann", "bob", "cy"], audits.Where(a => fifth.Contains(a.Item1)).Select(a => a.Item2).Order());
        Assert.Equal(5, half.Count);
        Assert.Equal(fifth, CaseSampling.ForModeration(audits.Reverse(), 20, seed: 3));
        Assert.Empty(CaseSampling.ForModeration(audits, 0, seed: 3));
        Assert.Equal(10, CaseSampling.ForModeration(audits, 100, seed: 3).Count);
    }
}
