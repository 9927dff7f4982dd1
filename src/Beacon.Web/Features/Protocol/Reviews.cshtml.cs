using Beacon.Application.Protocol;
using Beacon.Data;
using Beacon.Data.Protocol;
using Beacon.Domain.Access;
using Beacon.Domain.Periods;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Beacon.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Protocol;

/// <summary>The termly School Review Meetings, and opening the next one. School improvement officers only: ratings are confidential.</summary>
[RequirePermission(Permission.RateSchools)]
public sealed class ReviewsModel(BeaconDbContext db, SchoolReviewRecorder recorder, TimeProvider clock) : PageModel
{
    public IReadOnlyList<(SchoolReview Review, int Decided)> Reviews { get; private set; } = [];

    /// <summary>This term and the next, the terms a review may be opened for.</summary>
    public IReadOnlyList<AcademicTerm> Terms { get; private set; } = [];

    [BindProperty]
    public string? Term { get; set; }

    [BindProperty]
    public DateBoxes Meeting { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var opened = await recorder.OpenAsync(
            Term,
            Meeting.Optional(ModelState, "MeetingDate", "The date of the School Review Meeting"),
            Terms,
            SchoolReviews.AuthoritySchools(HttpContext.RequestServices.Site()),
            cancellationToken
        );
        if (!opened.Succeeded)
        {
            ModelState.AddProblem(opened.Problem!);
            return Page();
        }

        return this.RedirectWithBanner($"/schools/reviews/{opened.Value}", "The review is open, with its schools fixed.");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var reviews = await db.SchoolReviews.AsNoTracking().OrderByDescending(r => r.MeetingDate).ToListAsync(cancellationToken);
        var decided = await db
            .RatingDecisions.GroupBy(d => d.ReviewId)
            .Select(g => new { g.Key, Schools = g.Select(d => d.Urn).Distinct().Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Schools, cancellationToken);
        Reviews = reviews.Select(r => (r, decided.GetValueOrDefault(r.Id))).ToList();
        var now = AcademicTerm.Of(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        Terms = [now, now.Next];
    }
}
