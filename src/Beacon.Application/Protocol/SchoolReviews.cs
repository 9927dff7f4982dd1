using Beacon.Application.Schools;
using Beacon.Data;
using Beacon.Data.Protocol;
using Beacon.Domain.Protocol;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Protocol;

/// <summary>A school in a review: what Beacon proposes, and the meeting's decision (the newest) if one is recorded.</summary>
public sealed record ReviewedSchool(SchoolProposal School, RatingDecision? Decision)
{
    public SchoolRating? FinalRating => SchoolRatings.TryParse(Decision?.Rating, out var r) ? r : null;
}

/// <summary>The termly review of every school: proposals, decisions, and closing the meeting.</summary>
public static class SchoolReviews
{
    /// <summary>The authority's schools: those of its LA code where one is set, otherwise every school loaded.</summary>
    public static SchoolGroup AuthoritySchools(BeaconSiteOptions site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return string.IsNullOrWhiteSpace(site.LaCode) ? SchoolGroup.England : new SchoolGroup(site.LaCode.Trim(), null);
    }

    public static async Task<IReadOnlyList<ReviewedSchool>> LoadAsync(
        BeaconDbContext db,
        SchoolReview review,
        SchoolGroup group,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(review);
        var protocol = await ProtocolVersions.NumberedAsync(db, review.ProtocolVersion, cancellationToken);
        var scope = await ScopeAsync(db, review.Id, cancellationToken);
        var proposals = await ProtocolProposals.ProposeAsync(
            db,
            scope.Count > 0 ? new SchoolGroup(null, null, scope) : group,
            review.MeetingDate,
            protocol,
            cancellationToken,
            review.Id
        );
        var decisions = await LatestDecisionsAsync(db, review.Id, cancellationToken);
        return proposals.Select(p => new ReviewedSchool(p, decisions.GetValueOrDefault(p.Urn))).ToList();
    }

    /// <summary>
    /// The schools the review is of, fixed when it opened; none for a review opened before Beacon fixed them, which
    /// is of the authority's schools as they are now.
    /// </summary>
    public static async Task<IReadOnlyList<int>> ScopeAsync(BeaconDbContext db, int reviewId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.SchoolReviewSchools.Where(s => s.ReviewId == reviewId).Select(s => s.Urn).ToListAsync(cancellationToken);
    }

    /// <summary>The schools in the review's scope with no decision yet, by name.</summary>
    public static async Task<IReadOnlyList<(int Urn, string Name)>> UndecidedAsync(
        BeaconDbContext db,
        int reviewId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var decided = db.RatingDecisions.Where(d => d.ReviewId == reviewId).Select(d => d.Urn);
        var undecided = await db
            .SchoolReviewSchools.Where(s => s.ReviewId == reviewId && !decided.Contains(s.Urn))
            .Join(db.Schools, s => s.Urn, school => school.Urn, (s, school) => new { school.Urn, school.Name })
            .ToListAsync(cancellationToken);
        return undecided.Select(s => (s.Urn, s.Name)).OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Each school's newest decision in a review.</summary>
    public static async Task<Dictionary<int, RatingDecision>> LatestDecisionsAsync(
        BeaconDbContext db,
        int reviewId,
        CancellationToken cancellationToken
    ) =>
        (await db.RatingDecisions.AsNoTracking().Where(d => d.ReviewId == reviewId).ToListAsync(cancellationToken))
            .GroupBy(d => d.Urn)
            .ToDictionary(g => g.Key, g => g.MaxBy(d => d.Id)!);

    /// <summary>
    /// A school's rating as those allowed to see it read it: the newest decision of the newest closed review (a
    /// meeting's decisions are confirmed when it closes), including any later change with its reason.
    /// </summary>
    public static async Task<(SchoolReview Review, RatingDecision Decision)?> ConfirmedAsync(
        BeaconDbContext db,
        int urn,
        CancellationToken cancellationToken
    )
    {
        var latest = await db
            .RatingDecisions.AsNoTracking()
            .Where(d => d.Urn == urn)
            .Join(db.SchoolReviews.AsNoTracking().Where(r => r.ClosedAtUtc != null), d => d.ReviewId, r => r.Id, (d, r) => new { d, r })
            .OrderByDescending(x => x.r.MeetingDate)
            .ThenByDescending(x => x.d.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return latest is null ? null : (latest.r, latest.d);
    }
}
