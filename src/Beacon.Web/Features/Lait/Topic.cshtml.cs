using Beacon.Application.Lait;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Domain.Lait;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;

namespace Beacon.Web.Features.Lait;

/// <summary>One LAIT topic: its measures, each with its polarity, years and whether it is discontinued.</summary>
[RequirePermission(Permission.ViewSector)]
public sealed class TopicModel(BeaconDbContext db, IMemoryCache cache) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    public LaitData Data { get; private set; } = LaitData.Empty;

    public IReadOnlyList<LaitMeasure> Measures { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Data = await LaitLoader.CachedAsync(db, cache, cancellationToken);
        Measures = Data.Topics.FirstOrDefault(t => t.Topic == Name).Measures ?? [];
        return Measures.Count == 0 ? NotFound() : Page();
    }
}
