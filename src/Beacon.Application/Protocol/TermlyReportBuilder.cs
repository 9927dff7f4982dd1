using Beacon.Data;
using Beacon.Data.Protocol;
using Beacon.Domain.Protocol;
using Beacon.Reports.Protocol;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Protocol;

/// <summary>Builds the termly categorisation report from a review's decisions and the review before it.</summary>
public static class TermlyReportBuilder
{
    public static async Task<TermlyReport> BuildAsync(
        BeaconDbContext db,
        SchoolReview review,
        string authority,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(review);
        var previous = await db
            .SchoolReviews.AsNoTracking()
            .Where(r => r.MeetingDate < review.MeetingDate)
            .OrderByDescending(r => r.MeetingDate)
            .FirstOrDefaultAsync(cancellationToken);
        var now = Ratings(await SchoolReviews.LatestDecisionsAsync(db, review.Id, cancellationToken));
        var before = previous is null ? [] : Ratings(await SchoolReviews.LatestDecisionsAsync(db, previous.Id, cancellationToken));
        var urns = now.Keys.ToList();
        var names = await db
            .Schools.AsNoTracking()
            .Where(s => urns.Contains(s.Urn))
            .ToDictionaryAsync(s => s.Urn, s => s.Name, cancellationToken);
        var progress = await LatestProgressAsync(db, urns, review.MeetingDate, cancellationToken);
        var compared = now.Where(n => before.ContainsKey(n.Key)).Select(n => n.Value.Rating - before[n.Key].Rating).ToList();
        var appendix = now.Select(n => new TermlySchool(
                n.Key,
                names.GetValueOrDefault(n.Key) ?? $"URN {n.Key}",
                before.TryGetValue(n.Key, out var last) ? last.Rating : null,
                n.Value.Rating,
                n.Value.Reason,
                progress.GetValueOrDefault(n.Key)
            ))
            .OrderByDescending(s => s.ThisTerm)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        return new TermlyReport(
            authority,
            review.Term,
            previous?.Term,
            Counts(now),
            Counts(before),
            compared.Count(d => d < 0),
            compared.Count(d => d > 0),
            compared.Count(d => d == 0),
            appendix,
            (await SchoolReviews.UndecidedAsync(db, review.Id, cancellationToken)).Select(u => u.Name).ToList()
        );
    }

    /// <summary>What each school's support group last found, up to the meeting: the progress of schools causing concern.</summary>
    private static async Task<Dictionary<int, string>> LatestProgressAsync(
        BeaconDbContext db,
        List<int> urns,
        DateOnly upTo,
        CancellationToken cancellationToken
    ) => (
            await db
                .SupportMeetings.AsNoTracking()
                .Where(m => m.HeldOn <= upTo)
                .Join(
                    db.SupportGroups.Where(g => urns.Contains(g.Urn)),
                    m => m.GroupId,
                    g => g.Id,
                    (m, g) =>
                        new
                        {
                            g.Urn,
                            m.HeldOn,
                            m.Progress,
                        }
                )
                .ToListAsync(cancellationToken)
        ).GroupBy(m => m.Urn).ToDictionary(g => g.Key, g => g.MaxBy(m => m.HeldOn) is { } last ? $"{last.HeldOn:yyyy-MM-dd}: {last.Progress}" : "");

    private static Dictionary<int, (SchoolRating Rating, string? Reason)> Ratings(Dictionary<int, RatingDecision> decisions) =>
        decisions
            .Select(d => (d.Key, Parsed: SchoolRatings.TryParse(d.Value.Rating, out var rating), rating, d.Value.Reason))
            .Where(d => d.Parsed)
            .ToDictionary(d => d.Key, d => (d.rating, d.Reason));

    private static Dictionary<SchoolRating, int> Counts(Dictionary<int, (SchoolRating Rating, string? Reason)> ratings) =>
        ratings.Values.GroupBy(r => r.Rating).ToDictionary(g => g.Key, g => g.Count());
}
