using Beacon.Application.SocialCare;
using Beacon.Data;
using Beacon.Data.SocialCare;
using Beacon.Domain.Access;
using Beacon.Import.AnnexA;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.SocialCare;

/// <summary>
/// Audit samples: children drawn at random from a list of the latest Annex A extract, to be audited with a tool
/// by a due date, and the share of their audits a second auditor re-grades. Child-level, and audited.
/// </summary>
[RequirePermission(Permission.ViewChildLevelData)]
public sealed class AuditSamplesModel(BeaconDbContext db, AuditSampleRecorder recorder, TimeProvider clock) : PageModel
{
    public const int LargestSample = AuditSampleRecorder.LargestSample;

    public IReadOnlyList<AuditSample> Samples { get; private set; } = [];

    public ILookup<long, SampledCases.SampledCase> Cases { get; private set; } = Array.Empty<SampledCases.SampledCase>().ToLookup(c => 0L);

    public IReadOnlyList<AuditToolView> Tools { get; private set; } = [];

    public DateOnly Today { get; private set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public long? ToolId { get; set; }

    [BindProperty]
    public int? List { get; set; }

    [BindProperty]
    public int? Size { get; set; }

    [BindProperty]
    public int? WorkingDaysToComplete { get; set; }

    [BindProperty]
    public int? ModeratePercent { get; set; }

    public static IReadOnlyList<AnnexAList> Lists => AnnexAMap.Shipped.Lists;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var request = new AuditSampleRequest(Name, ToolId, List, Size, WorkingDaysToComplete, ModeratePercent);
        var drawn = await recorder.DrawAsync(request, User.Identity!.Name!, cancellationToken);
        if (drawn.Succeeded)
        {
            return this.RedirectWithBanner("/social-care/audit-samples", "The sample is drawn.");
        }

        ModelState.AddProblem(drawn.Problem!);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Tools = await AuditToolView.AllAsync(db, cancellationToken);
        Samples = await db.AuditSamples.AsNoTracking().OrderByDescending(s => s.Id).ToListAsync(cancellationToken);
        Cases = await SampledCases.CasesAsync(db, cancellationToken);
    }
}
