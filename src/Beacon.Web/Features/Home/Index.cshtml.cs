using Beacon.Application.Statistics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Home;

/// <summary>The start page: the sections a person may open, and what official data is loaded.</summary>
public sealed class IndexModel(StatisticsSummaries statistics) : PageModel
{
    public IReadOnlyList<DatasetSummary> Datasets { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Datasets = await statistics.DatasetsAsync(cancellationToken);
}
