using Beacon.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Benchmarking;

/// <summary>Which statistical neighbour model a year uses: the newest whose first year is not after it, or the oldest there is.</summary>
public static class NeighbourModels
{
    /// <summary>An authority's neighbours for a year, closest first, by old three-digit codes; none where no model is loaded.</summary>
    public static async Task<IReadOnlyList<string>> ForAsync(
        BeaconDbContext db,
        string authority,
        int year,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.StatisticalNeighbours.AsNoTracking().Where(n => n.Authority == authority).ToListAsync(cancellationToken);
        return Choose(
                rows.GroupBy(r => r.FromYear).ToDictionary(g => g.Key, g => g.OrderBy(n => n.Rank).Select(n => n.Neighbour).ToList()),
                year
            ) ?? [];
    }

    /// <summary>From models by their first year, the one in force for the year.</summary>
    public static T? Choose<T>(IReadOnlyDictionary<int, T> models, int year)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(models);
        return InForce(models.Keys, year) is { } from ? models[from] : null;
    }

    /// <summary>Of models' first years, the one in force for the year: the latest begun by then, else the oldest.</summary>
    public static int? InForce(IEnumerable<int> firstYears, int year)
    {
        var years = firstYears.ToList();
        return years.Count == 0 ? null : years.Where(from => from <= year).DefaultIfEmpty(years.Min()).Max();
    }
}
