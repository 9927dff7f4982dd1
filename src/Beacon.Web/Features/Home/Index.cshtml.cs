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
        // Neither SQLite nor EF Core takes the maximum of a text column inside a grouping, so the latest
        // period comes from the (few) distinct dataset and period pairs.
        var counts = await db.Statistics.GroupBy(s => s.Dataset).Select(g => new { Name = g.Key, Figures = g.LongCount() }).ToListAsync();
        var periods = await db.Statistics.Select(s => new { s.Dataset, s.TimePeriod }).Distinct().ToListAsync();
        Datasets = counts
            .Select(c => new DatasetSummary(c.Name, c.Figures, periods.Where(p => p.Dataset == c.Name).Max(p => p.TimePeriod)!))
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .ToList();
    }
}

/// <summary>One loaded dataset: how many figures, and its latest time period.</summary>
public sealed record DatasetSummary(string Name, long Figures, string LatestPeriod);
