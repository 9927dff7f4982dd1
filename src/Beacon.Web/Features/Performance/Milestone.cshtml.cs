using Beacon.Application.Performance;
using Beacon.Data;
using Beacon.Data.Performance;
using Beacon.Domain.Access;
using Beacon.Domain.Performance;
using Beacon.Domain.Periods;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Performance;

/// <summary>
/// One milestone for a quarter: the officer rates it (Beacon proposes only where the due date has passed
/// or it is complete) and adds commentary. Only its lead officer or a performance editor may.
/// </summary>
[RequirePermission(Permission.ViewPerformance)]
public sealed class MilestoneModel(BeaconDbContext db, ProgressRecorder recorder, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "quarter")]
    public string? QuarterCode { get; set; }

    [BindProperty]
    public ProgressRating? Rating { get; set; }

    /// <summary>Which form was last saved ("rating" or "commentary"), for the success banner.</summary>
    [BindProperty(SupportsGet = true, Name = "saved")]
    public string? Saved { get; set; }

    public string? Done =>
        Saved switch
        {
            "rating" => $"Saved the rating for {Quarter.DisplayName}",
            "commentary" => $"Saved the commentary for {Quarter.DisplayName}",
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

    public async Task<IActionResult> OnPostRateAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!MayUpdate)
        {
            return Forbid();
        }

        if (Rating is not { } rating)
        {
            ModelState.AddModelError(nameof(Rating), "Select a rating");
            return Page();
        }

        var why = Proposal is null ? null : "the due date has passed or the milestone is complete";
        var rated = await recorder.RateAsync(JudgementSubject.Milestone, id, Quarter, rating, Proposal, why, Reason, User.Identity!.Name!);
        if (!rated.Succeeded)
        {
            ModelState.AddModelError(nameof(Reason), rated.Problem!.Message);
            return Page();
        }

        return Redirect($"/performance/milestones/{id}?quarter={Quarter}&saved=rating");
    }

    public async Task<IActionResult> OnPostCommentAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!MayUpdate)
        {
            return Forbid();
        }

        if (string.IsNullOrWhiteSpace(Commentary))
        {
            ModelState.AddModelError(nameof(Commentary), "Enter the commentary");
            return Page();
        }

        await recorder.CommentAsync(JudgementSubject.Milestone, id, Quarter, Commentary, Milestone.LeadOfficerInitials);
        return Redirect($"/performance/milestones/{id}?quarter={Quarter}&saved=commentary");
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
        // The proposal looks at the milestone as it stood at the end of the quarter being reported.
        var asAt = quarter.Value.LastDay < today ? quarter.Value.LastDay : today;
        Proposal = MilestoneProgressRule.Propose(milestone.DueDate, milestone.CompletedOn, asAt);
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
