using Beacon.Application.Protocol;
using Beacon.Data;
using Beacon.Data.Protocol;
using Beacon.Domain.Access;
using Beacon.Domain.Protocol;
using Beacon.Web.Access;
using Beacon.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Protocol;

/// <summary>A term's review: every school with Beacon's proposal, the meeting's decision, and where the protocol is not followed.</summary>
[RequirePermission(Permission.RateSchools)]
public sealed class ReviewModel(BeaconDbContext db, SchoolReviewRecorder recorder, TimeProvider clock) : PageModel
{
    public SchoolReview Review { get; private set; } = new();

    public ProtocolVersion Protocol { get; private set; } = ProtocolCatalog.Shipped;

    public IReadOnlyList<ReviewedSchool> Schools { get; private set; } = [];

    public IReadOnlyDictionary<int, IReadOnlyList<string>> Flags { get; private set; } = new Dictionary<int, IReadOnlyList<string>>();

    /// <summary>The schools in the review's scope with no decision yet, named before it may close.</summary>
    public IReadOnlyList<(int Urn, string Name)> Undecided { get; private set; } = [];

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, bool closed, CancellationToken cancellationToken)
    {
        Done = closed ? "The review is closed" : null;
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.SchoolReviews.FindAsync([id], cancellationToken) is not { } review)
        {
            return false;
        }

        Review = review;
        Protocol = await ProtocolVersions.NumberedAsync(db, review.ProtocolVersion, cancellationToken);
        Schools = await SchoolReviews.LoadAsync(
            db,
            review,
            SchoolReviews.AuthoritySchools(HttpContext.RequestServices.Site()),
            cancellationToken
        );
        Flags = await SupportRecords.FlagsAsync(db, Schools, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken);
        Undecided = await SchoolReviews.UndecidedAsync(db, id, cancellationToken);
        return true;
    }

    /// <summary>
    /// Closes the review: the meeting's decisions are locked, and a later change is a new decision with a reason.
    /// With schools undecided, the officer confirms it, having seen them named.
    /// </summary>
    public async Task<IActionResult> OnPostCloseAsync(int id, bool confirm, CancellationToken cancellationToken)
    {
        var closed = await recorder.CloseAsync(id, User.Identity!.Name!, confirm, cancellationToken);
        if (closed.Succeeded)
        {
            return Redirect($"/schools/reviews/{id}?closed=true");
        }

        if (closed.Problem!.Code != SchoolReviewRecorder.Undecided || !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ModelState.AddModelError(
            "confirm",
            $"Confirm that the review closes with {Undecided.Count} {(Undecided.Count == 1 ? "school" : "schools")} undecided"
        );
        return Page();
    }
}
