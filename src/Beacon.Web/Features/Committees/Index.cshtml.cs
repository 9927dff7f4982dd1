using Beacon.Data;
using Beacon.Data.Committees;
using Beacon.Domain.Access;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Committees;

/// <summary>Committee items; exempt ones are not even listed for people without the right.</summary>
[RequirePermission(Permission.ViewCommittees)]
public sealed class IndexModel(BeaconDbContext db) : PageModel
{
    public IReadOnlyList<CommitteeItem> Items { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var mayReadExempt = AccessPolicy.Can(User.ToBeaconUser(), Permission.ViewExemptItems);
        Items = await db
            .CommitteeItems.AsNoTracking()
            .Where(i => mayReadExempt || !i.IsExempt)
            .OrderByDescending(i => i.MeetingDate)
            .ThenBy(i => i.Id)
            .ToListAsync();
    }
}
