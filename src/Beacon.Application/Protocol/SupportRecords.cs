using Beacon.Data;
using Beacon.Domain.Protocol;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Protocol;

/// <summary>Reads the support continuum's records for the protocol's flags.</summary>
public static class SupportRecords
{
    /// <summary>
    /// For each school with a rating (the meeting's, or Beacon's proposal until it decides), where the protocol is
    /// not being followed. A support plan in the decision or an open action counts as a plan.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, IReadOnlyList<string>>> FlagsAsync(
        BeaconDbContext db,
        IReadOnlyCollection<ReviewedSchool> schools,
        DateOnly today,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(schools);
        var groups = (await GroupsAsync(db, null, cancellationToken)).ToLookup(g => g.Urn, g => g.Facts);
        var withActions = (
            await db.SupportActions.Where(a => a.CompletedOn == null).Select(a => a.Urn).Distinct().ToListAsync(cancellationToken)
        ).ToHashSet();
        var flags = new Dictionary<int, IReadOnlyList<string>>();
        foreach (var school in schools)
        {
            if ((school.FinalRating ?? school.School.Proposal.Rating) is not { } rating)
            {
                continue;
            }

            var plan = school.Decision?.SupportPlan is not null || withActions.Contains(school.School.Urn);
            var found = SupportFlags.For(rating, groups[school.School.Urn].ToList(), plan, today);
            if (found.Count > 0)
            {
                flags[school.School.Urn] = found;
            }
        }

        return flags;
    }

    /// <summary>Support groups with the date each last met and last kept in touch, for one school or all.</summary>
    public static async Task<IReadOnlyList<(int Id, int Urn, SupportGroupFacts Facts)>> GroupsAsync(
        BeaconDbContext db,
        int? urn,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var groups = await db.SupportGroups.AsNoTracking().Where(g => urn == null || g.Urn == urn).ToListAsync(cancellationToken);
        var ids = groups.Select(g => g.Id).ToList();
        var last = (
            await db
                .SupportMeetings.Where(m => ids.Contains(m.GroupId))
                .GroupBy(m => new { m.GroupId, m.IsKeepingInTouch })
                .Select(g => new
                {
                    g.Key.GroupId,
                    g.Key.IsKeepingInTouch,
                    Last = g.Max(m => m.HeldOn),
                })
                .ToListAsync(cancellationToken)
        ).ToDictionary(g => (g.GroupId, g.IsKeepingInTouch), g => g.Last);
        return groups
            .Select(g =>
                (
                    g.Id,
                    g.Urn,
                    new SupportGroupFacts(
                        g.Kind,
                        g.MeetEveryDays,
                        g.StartedOn,
                        last.TryGetValue((g.Id, false), out var met) ? met : null,
                        g.EndedOn,
                        last.TryGetValue((g.Id, true), out var kept) ? kept : null
                    )
                )
            )
            .ToList();
    }
}
