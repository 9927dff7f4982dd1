using Beacon.Data;
using Beacon.Domain.Benchmarking;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Benchmarking;

/// <summary>An authority's neighbours from the loaded models, in the model in force for a year (<see cref="NeighbourModelInForce"/>).</summary>
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
        return NeighbourModelInForce.Of(models.Keys, year) is { } from ? models[from] : null;
    }
}
