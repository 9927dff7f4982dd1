using Beacon.Data;
using Beacon.Data.Schools;
using Beacon.Domain.Schools;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Schools;

/// <summary>Which schools an outcomes summary covers: all of England, or an LA, or a town, or chosen schools.</summary>
public sealed record SchoolGroup(string? LaCode, string? Town, IReadOnlyCollection<int>? Urns = null)
{
    public static SchoolGroup England { get; } = new(null, null);

    public string Describe() =>
        (LaCode, Town) switch
        {
            _ when Urns is not null => "chosen schools",
            (null, null) => "England",
            (not null, null) => $"local authority {LaCode}",
            (null, not null) => Town,
            _ => $"{Town} in local authority {LaCode}",
        };
}

/// <summary>A school with the latest graded inspection it had by a date, its own or, for an academy, its predecessor's.</summary>
public sealed record SchoolOutcome(School School, Inspection? Latest);

/// <summary>
/// The Ofsted outcomes of a group of state-funded schools as at a date: each school's latest graded
/// (4-point) inspection, following predecessor links so that an academy keeps the history of the school it
/// replaced. Independent schools and colleges are left out: the committee's tables are of the authority's
/// state-funded schools.
/// </summary>
public static class SchoolOutcomes
{
    // A few conversions at most: a maintained school, its academy, a re-brokered academy.
    private const int MaxHops = 5;

    /// <summary>The group's schools open on the day, by URN: the schools a review opened then is of.</summary>
    public static async Task<IReadOnlyList<int>> UrnsAsync(
        BeaconDbContext db,
        SchoolGroup group,
        DateOnly asAt,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(group);
        return await InGroup(db, group, asAt).Select(s => s.Urn).ToListAsync(cancellationToken);
    }

    // Maintained schools and academies open on the day: not independent schools or colleges.
    private static IQueryable<School> InGroup(BeaconDbContext db, SchoolGroup group, DateOnly asAt)
    {
        var chosen = group.Urns?.ToArray();
        return db
            .Schools.AsNoTracking()
            .Where(s => (group.LaCode == null || s.LaCode == group.LaCode) && (group.Town == null || s.Town == group.Town))
            .Where(s => chosen == null || chosen.Contains(s.Urn))
            .Where(s => s.Type == null || (!s.Type.Contains("Independent") && !s.Type.Contains("College")))
            .Where(s => s.CloseDate == null || s.CloseDate > asAt);
    }

    public static async Task<IReadOnlyList<SchoolOutcome>> LoadAsync(
        BeaconDbContext db,
        SchoolGroup group,
        DateOnly asAt,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(group);
        var chosen = group.Urns?.ToArray();
        var schools = await InGroup(db, group, asAt).ToListAsync(cancellationToken);
        var predecessors = await db
            .Schools.AsNoTracking()
            .Where(s => s.SuccessorUrn != null)
            .Select(s => new { s.Urn, s.SuccessorUrn })
            .ToListAsync(cancellationToken);
        var predecessorOf = predecessors.GroupBy(p => p.SuccessorUrn!.Value).ToDictionary(g => g.Key, g => g.First().Urn);
        // For chosen schools, only the inspections of their line are read, not every school's in England.
        var lineage = chosen is null ? null : Lineage(schools, predecessorOf);
        var inspections = await db
            .Inspections.AsNoTracking()
            .Where(i => i.Scale == InspectionTypes.FourPoint && i.OverallEffectiveness != null && i.StartDate <= asAt)
            .Where(i => lineage == null || lineage.Contains(i.Urn))
            .Select(i => new
            {
                i.Urn,
                i.StartDate,
                Inspection = i,
            })
            .ToListAsync(cancellationToken);
        var latest = inspections
            .GroupBy(i => i.Urn)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(i => i.StartDate).First().Inspection);
        return schools.Select(s => new SchoolOutcome(s, LatestFor(s, latest, predecessorOf))).ToList();
    }

    /// <summary>The outcomes as the domain counts them: phase, grade, pupils.</summary>
    public static IReadOnlyList<OutcomeSchool> Counted(IEnumerable<SchoolOutcome> outcomes) =>
        outcomes
            .Select(o => new OutcomeSchool(
                o.School.Phase,
                o.Latest?.OverallEffectiveness is { } g ? (OfstedGrade)g : null,
                o.School.Pupils
            ))
            .ToList();

    // Every URN LatestFor may visit for these schools: theirs, their named predecessors, and those before them.
    private static int[] Lineage(IEnumerable<School> schools, Dictionary<int, int> predecessorOf)
    {
        var urns = schools.SelectMany(s => s.PredecessorUrn is { } named ? new[] { s.Urn, named } : [s.Urn]).ToHashSet();
        for (var hops = 0; hops < MaxHops; hops++)
        {
            var before = urns.Count;
            urns.UnionWith(urns.Where(predecessorOf.ContainsKey).Select(u => predecessorOf[u]).ToList());
            if (urns.Count == before)
            {
                break;
            }
        }

        return [.. urns];
    }

    // The school's own latest; failing that, its predecessor's (and so on back, a few conversions at most).
    private static Inspection? LatestFor(School school, Dictionary<int, Inspection> latest, Dictionary<int, int> predecessorOf)
    {
        int? urn = school.Urn;
        for (var hops = 0; urn is { } u && hops < MaxHops; hops++)
        {
            if (latest.TryGetValue(u, out var inspection))
            {
                return inspection;
            }

            urn =
                u == school.Urn && school.PredecessorUrn is { } named ? named
                : predecessorOf.TryGetValue(u, out var previous) ? previous
                : null;
        }

        return null;
    }
}
