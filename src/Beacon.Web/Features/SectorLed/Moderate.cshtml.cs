using Beacon.Application.SectorLed;
using Beacon.Domain.Access;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.SectorLed;

/// <summary>One shared self-assessment before the panel: as last signed, with a challenge and moderated grade per area.</summary>
[RequirePermission(Permission.ModerateSelfAssessments)]
public sealed class ModerateModel(SelfAssessmentModerator moderator) : PageModel
{
    public SelfAssessmentModerator.Shared Shared { get; private set; } = null!;

    [BindProperty]
    public string? Area { get; set; }

    [BindProperty]
    public string? Grade { get; set; }

    [BindProperty(Name = "Challenge")]
    public string? ChallengeText { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var moderated = await moderator.ModerateAsync(User.ToBeaconUser(), id, Area ?? "", Grade, ChallengeText, cancellationToken);
        return await this.AnswerAsync(
            moderated,
            $"/moderation/{id}#{Area}",
            "The panel's moderation is recorded.",
            () => LoadAsync(id, cancellationToken)
        );
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await moderator.FindAsync(User.ToBeaconUser(), id, cancellationToken) is not { } shared)
        {
            return false;
        }

        Shared = shared;
        return true;
    }
}
