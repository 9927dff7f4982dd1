using Beacon.Application.Benchmarking;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Reports.Benchmarking;
using Beacon.Reports.Tables;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Beacon.Web.Features.Benchmarking;

/// <summary>
/// The regional view: a region's tartan rug (every authority by every indicator, banded against England) and the
/// authorities at either end of the ranking, from the national figures every authority shares.
/// </summary>
[RequirePermission(Permission.ViewSector)]
public sealed class RegionModel(BeaconDbContext db, IMemoryCache cache, TimeProvider clock) : PageModel
{
    /// <summary>A region's ONS code, or <c>all</c> for every English authority; the person's own region when none.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public RegionalRug.View Rug { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var stream = new MemoryStream();
        TableExports.Xlsx("Tartan rug", TartanRugTable.Headers(Rug.Rug), TartanRugTable.Rows(Rug.Rug, BenchmarkCoverage.NameOf), stream);
        stream.Position = 0;
        return File(
            stream,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            $"tartan-rug-{Rug.Region}-{Rug.Year}.xlsx"
        );
    }

    public async Task<IActionResult> OnGetDocxAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var stream = new MemoryStream();
        TartanRugDocx.Write(
            Rug.RegionName,
            Rug.Year,
            Rug.Rug,
            Rug.Extremes,
            BenchmarkCoverage.NameOf,
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            stream
        );
        stream.Position = 0;
        return File(
            stream,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            $"regional-view-{Rug.Region}-{Rug.Year}.docx"
        );
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var scope = AccessPolicy.OrganisationScopeOf(User.ToBeaconUser());
        Code ??=
            await db.Organisations.Where(o => o.Id == scope).Select(o => o.RegionCode).FirstOrDefaultAsync(cancellationToken)
            ?? RegionalRug.England;
        if (await RegionalRug.ForAsync(db, cache, Code, Year, cancellationToken) is not { } rug)
        {
            return false;
        }

        Rug = rug;
        return true;
    }
}
