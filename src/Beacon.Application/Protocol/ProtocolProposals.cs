using Beacon.Application.Schools;
using Beacon.Data;
using Beacon.Domain.Protocol;
using Beacon.Domain.Schools;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Protocol;

/// <summary>A school with the rating Beacon proposes for it this term and why.</summary>
public sealed record SchoolProposal(int Urn, string Name, string Phase, RatingProposal Proposal);

/// <summary>
/// Beacon's proposed ratings for every state-funded open school, from what is loaded: the latest graded
/// inspection (the predecessor's for an academy without its own) and its category of concern, the monitoring
/// visits since it, whether it fell below a floor standard in the last results, and, within a review, the
/// officers' recorded judgements. What is not loaded comes out unknown, and the proposal rests on what is known.
/// </summary>
public static class ProtocolProposals
{
    public static async Task<IReadOnlyList<SchoolProposal>> ProposeAsync(
        BeaconDbContext db,
        SchoolGroup group,
        DateOnly asAt,
        ProtocolVersion protocol,
        CancellationToken cancellationToken,
        int? reviewId = null
    )
    {
        var outcomes = await SchoolOutcomes.LoadAsync(db, group, asAt, cancellationToken);
        var monitoring = (
            await db
                .Inspections.AsNoTracking()
                .Where(i => i.Type == InspectionTypes.Monitoring && i.StartDate <= asAt && i.Outcome != null)
                .Select(i => new
                {
                    i.Urn,
                    i.StartDate,
                    i.Outcome,
                })
                .ToListAsync(cancellationToken)
        ).ToLookup(i => i.Urn);
        var judged = reviewId is { } id
            ? (await db.OfficerJudgements.AsNoTracking().Where(j => j.ReviewId == id).ToListAsync(cancellationToken))
                .GroupBy(j => j.Urn)
                .ToDictionary(
                    g => g.Key,
                    g =>
                        (IReadOnlyDictionary<string, bool>)
                            g.GroupBy(j => j.CriterionCode).ToDictionary(c => c.Key, c => c.MaxBy(j => j.Id)!.Met)
                )
            : [];
        var floors = await BelowFloorAsync(db, outcomes.Select(o => o.School.Urn).ToList(), asAt, cancellationToken);
        var none = new Dictionary<string, bool>();
        return outcomes
            .Select(o =>
            {
                // Only visits since the latest graded inspection: an earlier category's monitoring is history.
                var visits = monitoring[o.School.Urn]
                    .Where(v => o.Latest is null || v.StartDate > o.Latest.StartDate)
                    .OrderByDescending(v => v.StartDate)
                    .Select(v => v.Outcome!)
                    .ToList();
                var facts = new SchoolFacts(
                    o.Latest?.OverallEffectiveness,
                    o.Latest?.CategoryOfConcern,
                    visits,
                    floors.GetValueOrDefault(o.School.Urn),
                    null,
                    HeadteacherChanged(o.School, asAt),
                    judged.GetValueOrDefault(o.School.Urn) ?? none
                );
                return new SchoolProposal(o.School.Urn, o.School.Name, o.School.Phase, RatingProposer.Propose(protocol, facts));
            })
            .OrderByDescending(p => p.Proposal.Rating)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A change of headteacher seen in the year before the date; unknown where the register gave no head.</summary>
    private static bool? HeadteacherChanged(Data.Schools.School school, DateOnly asAt) =>
        school.HeadteacherKey is null ? null : school.HeadteacherChangedOn is { } changed && changed <= asAt && changed > asAt.AddYears(-1);

    /// <summary>
    /// Whether each school was below a floor standard in the last results before the date (the summer before
    /// the term): below any key stage's floor, above all it has figures for, or undecided.
    /// </summary>
    private static async Task<Dictionary<int, bool?>> BelowFloorAsync(
        BeaconDbContext db,
        IReadOnlyCollection<int> urns,
        DateOnly asAt,
        CancellationToken cancellationToken
    )
    {
        var catalog = await AchievementCatalogs.InForceAsync(db, cancellationToken);
        var year = Domain.Periods.AcademicYear.Of(asAt).StartYear - 1;
        var floors = AchievementSummaryBuilder.Floors(catalog, year);
        if (floors.Count == 0)
        {
            return [];
        }

        var measures = floors.SelectMany(f => f.Rule.Measures).ToHashSet();
        var figures = await AchievementSummaryBuilder.SchoolFiguresAsync(db, urns, year, catalog, cancellationToken, measures);
        return figures.ToDictionary(
            f => f.Key,
            f =>
            {
                var results = AchievementSummaryBuilder.FloorResults(f.Value, floors).Select(r => r.Below).ToList();
                return results.Contains(true) ? true
                    : results.Count > 0 && results.All(r => r == false) ? false
                    : (bool?)null;
            }
        );
    }
}
