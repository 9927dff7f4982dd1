using Beacon.Data;
using Beacon.Data.Committees;
using Beacon.Domain.Access;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Committees;

/// <summary>One committee item; an exempt one only for people granted exempt items.</summary>
[RequirePermission(Permission.ViewCommittees)]
public sealed class ItemModel(BeaconDbContext db) : PageModel
{
    public CommitteeItem Item { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var item = await db.CommitteeItems.FindAsync(id);
        if (item is null)
        {
            return NotFound();
        }

        // Refused as if it were not there: a 403 would tell the reader that an exempt item exists at this address.
        if (!AccessPolicy.CanViewCommitteeItem(User.ToBeaconUser(), item.IsExempt))
        {
            return NotFound();
        }

        Item = item;
        return Page();
    }
}
