namespace Beacon.Domain.SocialCare;

/// <summary>
/// Drawing cases to audit and audits to moderate. Both are random but repeatable: the seed is recorded with the
/// sample, so anyone can draw the same children again and see that nobody chose them.
/// </summary>
public static class CaseSampling
{
    /// <summary>Up to <paramref name="size"/> different children, drawn at random (by the seed) from those given.</summary>
    public static IReadOnlyList<string> Draw(IEnumerable<string> children, int size, int seed)
    {
        ArgumentNullException.ThrowIfNull(children);
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        var pool = children.Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        new Random(seed).Shuffle(pool);
        return pool.Take(size).ToList();
    }

    /// <summary>
    /// The audits a second auditor should re-grade: the given percentage of them (rounded up), and at least one of
    /// every auditor's, so that each auditor's agreement is measured. None at 0%.
    /// </summary>
    public static IReadOnlySet<long> ForModeration(IEnumerable<(long AuditId, string Auditor)> audits, int percent, int seed)
    {
        ArgumentNullException.ThrowIfNull(audits);
        ArgumentOutOfRangeException.ThrowIfNegative(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        if (percent == 0)
        {
            return new HashSet<long>();
        }

        var pool = audits.OrderBy(a => a.AuditId).ToArray();
        new Random(seed).Shuffle(pool);
        var wanted = (int)Math.Ceiling(pool.Length * percent / 100m);
        var chosen = pool.GroupBy(a => a.Auditor, StringComparer.Ordinal).Select(g => g.First().AuditId).ToHashSet();
        foreach (var (id, _) in pool)
        {
            if (chosen.Count >= wanted)
            {
                break;
            }

            chosen.Add(id);
        }

        return chosen;
    }
}
