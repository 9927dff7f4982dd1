namespace Beacon.Domain.SocialCare;

/// <summary>
/// Re-referrals: a referral within 12 months (365 days, 366 across a 29 February) of the child's previous
/// referral, as DfE counts them. Each referral in the period is one case; a child's first referral is never one.
/// </summary>
public static class ReReferrals
{
    public static (int Referrals, int ReReferrals, IReadOnlyList<(string ChildId, DateOnly Referral, DateOnly? Previous)> Cases) Count(
        IEnumerable<(string ChildId, DateOnly Referral)> referrals,
        DateOnly from,
        DateOnly to
    )
    {
        ArgumentNullException.ThrowIfNull(referrals);
        var cases = new List<(string, DateOnly, DateOnly?)>();
        foreach (var child in referrals.GroupBy(r => r.ChildId))
        {
            DateOnly? previous = null;
            foreach (var (_, date) in child.OrderBy(r => r.Referral).Distinct())
            {
                if (date >= from && date <= to)
                {
                    cases.Add((child.Key, date, previous is { } p && date <= p.AddYears(1) ? p : null));
                }

                previous = date;
            }
        }

        return (cases.Count, cases.Count(c => c.Item3 is not null), cases);
    }
}
