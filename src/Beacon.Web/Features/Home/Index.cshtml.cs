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
        Datasets = await db
            .Statistics.GroupBy(s => s.Dataset)
            .Select(g => new DatasetSummary(g.Key, g.LongCount(), g.Max(s => s.TimePeriod)!))
            .OrderBy(d => d.Name)
            .ToListAsync();
    }
}

/// <summary>One loaded dataset: how many figures, and its latest time period.</summary>
public sealed record DatasetSummary(string Name, long Figures, string LatestPeriod);
