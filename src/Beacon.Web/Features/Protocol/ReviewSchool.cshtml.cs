using Beacon.Application.Protocol;
using Beacon.Application.Schools;
using Beacon.Data;
using Beacon.Data.Protocol;
using Beacon.Domain.Access;
using Beacon.Domain.Protocol;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Protocol;

/// <summary>
/// One school in a term's review: every criterion with its evidence, the officers' judgements on the criteria
/// Beacon cannot compute, and the meeting's decision with its history.
/// </summary>
[RequirePermission(Permission.RateSchools)]
public sealed class ReviewSchoolModel(BeaconDbContext db, SchoolReviewRecorder recorder) : PageModel
{
    public SchoolReview Review { get; private set; } = new();

    public SchoolProposal School { get; private set; } = null!;

    public IReadOnlyList<RatingDecision> History { get; private set; } = [];

    [BindProperty]
    public string? Rating { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Concerns { get; set; }

    [BindProperty]
    public string? SupportPlan { get; set; }

    [BindProperty]
    public string? Criterion { get; set; }

    [BindProperty]
    public bool? Met { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int urn, CancellationToken cancellationToken) =>
        await LoadAsync(id, urn, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDecideAsync(int id, int urn, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, urn, cancellationToken))
        {
            return NotFound();
        }

        if (!SchoolRatings.TryParse(Rating, out var rating))
        {
            ModelState.AddModelError(nameof(Rating), "Select a rating");
            return Page();
        }

        var decided = await recorder.DecideAsync(
            Review,
            School,
            rating,
            Reason,
            Concerns,
            SupportPlan,
            User.Identity!.Name!,
            cancellationToken
        );
        if (!decided.Succeeded)
        {
            ModelState.AddModelError(nameof(Reason), decided.Problem!.Message);
            return Page();
        }

        return this.RedirectWithBanner($"/schools/reviews/{id}/schools/{urn}", "The decision is recorded.");
    }

    /// <summary>Records an officer's judgement on a criterion; refused once the review is closed.</summary>
    public async Task<IActionResult> OnPostJudgeAsync(int id, int urn, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, urn, cancellationToken))
        {
            return NotFound();
        }

        var judged = await recorder.JudgeAsync(Review, School, Criterion, Met, Note, User.Identity!.Name!, cancellationToken);
        if (!judged.Succeeded)
        {
            ModelState.AddProblem(judged.Problem!);
            return Page();
        }

        return this.RedirectWithBanner($"/schools/reviews/{id}/schools/{urn}", "The judgement is recorded.");
    }

    private async Task<bool> LoadAsync(int id, int urn, CancellationToken cancellationToken)
    {
        if (await db.SchoolReviews.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } review)
        {
            return false;
        }

        var protocol = await ProtocolVersions.NumberedAsync(db, review.ProtocolVersion, cancellationToken);
        var proposals = await ProtocolProposals.ProposeAsync(
            db,
            new SchoolGroup(null, null, [urn]),
            review.MeetingDate,
            protocol,
            cancellationToken,
            review.Id
        );
        if (proposals.Count == 0)
        {
            return false;
        }

        Review = review;
        School = proposals[0];
        History = await db
            .RatingDecisions.AsNoTracking()
            .Where(d => d.ReviewId == id && d.Urn == urn)
            .OrderByDescending(d => d.Id)
            .ToListAsync(cancellationToken);
        return true;
    }
}
