using Beacon.Application.Statistics;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Benchmarking;

/// <summary>The statistics datasets loaded, or one dataset's filters and values, measures, periods, levels and imports.</summary>
[RequirePermission(Permission.ViewSector)]
public sealed class DatasetsModel(BeaconDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    public IReadOnlyList<(string Name, long Figures)> All { get; private set; } = [];

    public DatasetContents? Contents { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Name is null)
        {
            All = await DatasetContents.ListAsync(db, cancellationToken);
            return Page();
        }

        Contents = await DatasetContents.ReadAsync(db, Name, cancellationToken);
        return Contents is null ? NotFound() : Page();
    }
}
