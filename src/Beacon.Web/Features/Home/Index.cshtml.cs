using Beacon.Application.Start;
using Beacon.Application.Statistics;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Home;

/// <summary>The start page: the reader's own tasks first, then the sections they may open and what official data is loaded.</summary>
public sealed class IndexModel(StatisticsSummaries statistics, StartPage start) : PageModel
{
    public IReadOnlyList<StartSection> Tasks { get; private set; } = [];

    public IReadOnlyList<DatasetSummary> Datasets { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Tasks = await start.ForAsync(User.ToBeaconUser(), cancellationToken);
        Datasets = await statistics.DatasetsAsync(cancellationToken);
    }
}
