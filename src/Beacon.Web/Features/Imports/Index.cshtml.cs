using Beacon.Data;
using Beacon.Data.Imports;
using Beacon.Domain.Access;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Imports;

/// <summary>Every completed import: who, when, which file (by hash), and what it changed.</summary>
[RequirePermission(Permission.ViewImports)]
public sealed class IndexModel(BeaconDbContext db) : PageModel
{
    public IReadOnlyList<ImportRun> Runs { get; private set; } = [];

    public bool MayImport { get; private set; }

    public async Task OnGetAsync()
    {
        MayImport = AccessPolicy.Can(User.ToBeaconUser(), Permission.ImportData);
        Runs = await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(500).ToListAsync();
    }
}
