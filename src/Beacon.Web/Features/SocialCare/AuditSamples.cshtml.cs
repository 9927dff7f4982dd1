using System.Security.Cryptography;
using Beacon.Application.SocialCare;
using Beacon.Data;
using Beacon.Data.SocialCare;
using Beacon.Domain.Access;
using Beacon.Domain.SocialCare;
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
public sealed class AuditSamplesModel(BeaconDbContext db, TimeProvider clock) : PageModel
{
    public const int LargestSample = 200;

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
        await LoadAsync(cancellationToken);
        ModelState.Require(nameof(Name), Name, "Enter a name for the sample, such as the practice week");

        if (Tools.All(t => t.Id != ToolId))
        {
            ModelState.AddModelError(nameof(ToolId), "Choose the audit tool");
        }

        if (Lists.All(l => l.Number != List))
        {
            ModelState.AddModelError(nameof(List), "Choose the Annex A list to draw children from");
        }

        if (Size is not (> 0 and <= LargestSample))
        {
            ModelState.AddModelError(nameof(Size), $"Enter how many children to draw, from 1 to {LargestSample}");
        }

        if (WorkingDaysToComplete is not (> 0 and <= 60))
        {
            ModelState.AddModelError(nameof(WorkingDaysToComplete), "Enter the working days to complete the audits, from 1 to 60");
        }

        if (ModeratePercent is not (>= 0 and <= 100))
        {
            ModelState.AddModelError(nameof(ModeratePercent), "Enter the percentage of audits to moderate, from 0 to 100");
        }

        var children = ModelState.IsValid
            ? await db.AnnexARecords.AsNoTracking().Where(r => r.List == List).Select(r => r.ChildId).ToListAsync(cancellationToken)
            : [];
        if (ModelState.IsValid && children.Count == 0)
        {
            ModelState.AddModelError(nameof(List), "The latest Annex A extract has no children in this list");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var seed = RandomNumberGenerator.GetInt32(int.MaxValue);
        var sample = new AuditSample
        {
            Name = Name!.Trim(),
            ToolId = ToolId!.Value,
            List = List!.Value,
            Seed = seed,
            ModeratePercent = ModeratePercent!.Value,
            DrawnBy = User.Identity!.Name!,
            DrawnOn = Today,
            DueOn = WorkingDays.Add(Today, WorkingDaysToComplete!.Value),
        };
        // The sample and its children together: the children need the sample's key.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.AuditSamples.Add(sample);
        db.AuditScope.Reason = "audit sample drawn";
        await db.SaveChangesAsync(cancellationToken);
        db.AuditSampleCases.AddRange(
            CaseSampling.Draw(children, Size!.Value, seed).Select(child => new AuditSampleCase { SampleId = sample.Id, ChildId = child })
        );
        db.AuditScope.Reason = "audit sample drawn";
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Redirect("/social-care/audit-samples");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Tools = await AuditToolView.AllAsync(db, cancellationToken);
        Samples = await db.AuditSamples.AsNoTracking().OrderByDescending(s => s.Id).ToListAsync(cancellationToken);
        Cases = await SampledCases.CasesAsync(db, cancellationToken);
    }
}
