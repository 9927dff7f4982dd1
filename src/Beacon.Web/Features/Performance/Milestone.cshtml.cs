using Beacon.Application.Performance;
using Beacon.Data;
using Beacon.Data.Performance;
using Beacon.Domain.Access;
using Beacon.Domain.Performance;
using Beacon.Domain.Periods;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Performance;

/// <summary>
/// One milestone for a quarter: the officer rates it (Beacon proposes only where the due date has passed
/// or it is complete) and adds commentary, in one form. Only its lead officer or a performance editor may.
/// </summary>
[RequirePermission(Permission.ViewPerformance)]
public sealed class MilestoneModel(BeaconDbContext db, MilestoneUpdater updater, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "quarter")]
    public string? QuarterCode { get; set; }

    [BindProperty]
    public ProgressRating? Rating { get; set; }

    /// <summary>What the form last saved ("rating", "commentary" or "rating-commentary"), for the success banner.</summary>
    [BindProperty(SupportsGet = true, Name = "saved")]
    public string? Saved { get; set; }

    public string? Done =>
        Saved switch
        {
            "rating" => $"Saved the rating for {Quarter.DisplayName}",
            "commentary" => $"Saved the commentary for {Quarter.DisplayName}",
            "rating-commentary" => $"Saved the rating and the commentary for {Quarter.DisplayName}",
            _ => null,
        };

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Commentary { get; set; }

    public Milestone Milestone { get; private set; } = new();

    public FinancialQuarter Quarter { get; private set; }

    public ProgressRating? Proposal { get; private set; }

    public ProgressJudgement? Judgement { get; private set; }

    public IReadOnlyList<Commentary> Comments { get; private set; } = [];

    public bool MayUpdate { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostUpdateAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!MayUpdate)
        {
            return Forbid();
        }

        var saved = await updater.SaveAsync(id, Quarter, Rating, Reason, Commentary, User.Identity!.Name!, cancellationToken);
        if (!saved.Succeeded)
        {
            ModelState.AddProblem(saved.Problem!);
            return Page();
        }

        return Redirect($"/performance/milestones/{id}?quarter={Quarter}&saved={string.Join('-', saved.Value)}");
    }

    private async Task<bool> LoadAsync(int id)
    {
        var milestone = await db.Milestones.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var quarter =
            QuarterCode is null ? FinancialQuarter.Of(today)
            : FinancialQuarter.Parse(QuarterCode) is { Succeeded: true } parsed ? parsed.Value
            : (FinancialQuarter?)null;
        if (milestone is null || quarter is null)
        {
            return false;
        }

        (Milestone, Quarter) = (milestone, quarter.Value);
        Proposal = updater.Proposal(milestone, quarter.Value);
        var subject = nameof(JudgementSubject.Milestone);
        Judgement = await db
            .ProgressJudgements.AsNoTracking()
            .SingleOrDefaultAsync(j =>
                j.SubjectType == subject && j.SubjectId == id && j.Year == Quarter.StartYear && j.Quarter == Quarter.Quarter
            );
        Comments = await db
            .Commentaries.AsNoTracking()
            .Where(c => c.SubjectType == subject && c.SubjectId == id && c.Year == Quarter.StartYear && c.Quarter == Quarter.Quarter)
            .OrderBy(c => c.Id)
            .ToListAsync();
        MayUpdate = AccessPolicy.CanUpdateIndicator(User.ToBeaconUser(), milestone.LeadOfficerInitials);
        return true;
    }
}
