using Beacon.Application.SocialCare;
using Beacon.Data;
using Beacon.Data.SocialCare;
using Beacon.Domain.Access;
using Beacon.Domain.SocialCare;
using Beacon.Import.Geography;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Beacon.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.SocialCare;

/// <summary>
/// Ofsted's inspections of an authority's children's services: its history with the judgements, the national
/// picture of every authority's latest judgement, and the next inspection to expect under the authority's rules.
/// </summary>
[RequirePermission(Permission.ViewSocialCare)]
public sealed class InspectionsModel(BeaconDbContext db, TimeProvider clock) : PageModel
{
    public static readonly string[] Judgements = ["Outstanding", "Good", "Requires improvement to be good", "Inadequate"];

    [BindProperty(SupportsGet = true)]
    public string? La { get; set; }

    /// <summary>The date a link gives (<c>?asAt=2025-03-31</c>); the boxes, when typed, win.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? AsAt { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateBoxes On { get; set; } = new();

    public LocalAuthority? Authority { get; private set; }

    public IReadOnlyList<AuthorityInspection> History { get; private set; } = [];

    public NextInspection? Next { get; private set; }

    /// <summary>Every authority's latest overall judgement as at the date (those since merged or split left out): how many had each.</summary>
    public IReadOnlyDictionary<string, int> National { get; private set; } = new Dictionary<string, int>();

    public int NationalTotal => National.Values.Sum();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var asAt = On.Filter(AsAt, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ModelState, "AsAt", "The date");
        AsAt = asAt;
        var latest = (
            await db
                .AuthorityInspections.AsNoTracking()
                .Where(i => i.Date <= asAt && i.OverallEffectiveness != null)
                .ToListAsync(cancellationToken)
        )
            .Where(i => !AuthorityChanges.IsAbolished(i.Authority, asAt.Year))
            .GroupBy(i => i.Authority)
            .Select(g => g.MaxBy(i => i.Date)!)
            .ToList();
        National = Judgements.ToDictionary(
            j => j,
            j => latest.Count(i => string.Equals(i.OverallEffectiveness, j, StringComparison.OrdinalIgnoreCase))
        );
        La ??= HttpContext.RequestServices.Site().LaCode;
        Authority = La is null ? null : LocalAuthorityRegister.Shipped.FindByOldCode(La.Trim());
        if (Authority is null)
        {
            return;
        }

        History = await db
            .AuthorityInspections.AsNoTracking()
            .Where(i => i.Authority == Authority.OldCode)
            .OrderByDescending(i => i.Date)
            .ToListAsync(cancellationToken);
        var intervals = SocialCareSettings.InspectionIntervals(HttpContext.RequestServices);
        Next = latest.FirstOrDefault(i => i.Authority == Authority.OldCode) is { } last
            ? intervals.After(last.OverallEffectiveness, last.Date)
            : null;
    }
}
