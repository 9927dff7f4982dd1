using Beacon.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Home;

/// <summary>The start page: the sections a person may open, and what official data is loaded.</summary>
public sealed class IndexModel(BeaconDbContext db) : PageModel
{
    public IReadOnlyList<DatasetSummary> Datasets { get; private set; } = [];

    public async Task OnGetAsync()
    {
        // One pass over the table: counts per dataset and period. Neither SQLite nor EF Core takes the maximum
        // of a text column inside a grouping, so the latest period is found from these (few) groups.
        var groups = await db
            .Statistics.GroupBy(s => new { s.Dataset, s.TimePeriod })
            .Select(g => new
            {
                g.Key.Dataset,
                g.Key.TimePeriod,
                Figures = g.LongCount(),
            })
            .ToListAsync();
        Datasets = groups
            .GroupBy(g => g.Dataset)
            .Select(d => new DatasetSummary(d.Key, d.Sum(g => g.Figures), d.Max(g => g.TimePeriod)!))
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .ToList();
    }
}

/// <summary>One loaded dataset: how many figures, and its latest time period.</summary>
public sealed record DatasetSummary(string Name, long Figures, string LatestPeriod);
