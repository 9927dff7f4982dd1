using Beacon.Data;
using Beacon.Domain.Protocol;

namespace Beacon.Web.Features.Schools;

/// <summary>A school with the rating Beacon proposes for it this term and why.</summary>
public sealed record SchoolProposal(int Urn, string Name, string Phase, RatingProposal Proposal);

/// <summary>
/// Beacon's proposed ratings for every state-funded open school, from what is loaded: the latest graded
/// inspection (the predecessor's for an academy without its own) and its category of concern. Checks whose data
/// Beacon does not hold yet (monitoring visits, floor standards by school, headteacher changes) and officers'
/// judgements come out unknown, so the proposal rests only on what is known.
/// </summary>
public static class ProtocolProposals
{
    public static async Task<IReadOnlyList<SchoolProposal>> ProposeAsync(
        BeaconDbContext db,
        SchoolGroup group,
        DateOnly asAt,
        ProtocolVersion protocol,
        CancellationToken cancellationToken
    )
    {
        var outcomes = await SchoolOutcomes.LoadAsync(db, group, asAt, cancellationToken);
        var none = new Dictionary<string, bool>();
        return outcomes
            .Select(o => new SchoolProposal(
                o.School.Urn,
                o.School.Name,
                o.School.Phase,
                RatingProposer.Propose(
                    protocol,
                    new SchoolFacts(o.Latest?.OverallEffectiveness, o.Latest?.CategoryOfConcern, [], null, null, null, none)
                )
            ))
            .OrderByDescending(p => p.Proposal.Rating)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
    }
}
