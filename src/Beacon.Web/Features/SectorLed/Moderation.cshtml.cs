using Beacon.Application.SectorLed;
using Beacon.Domain.Access;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.SectorLed;

/// <summary>The region's moderation panel: the self-assessments its authorities have shared.</summary>
[RequirePermission(Permission.ModerateSelfAssessments)]
public sealed class ModerationModel(SelfAssessmentModerator moderator) : PageModel
{
    public IReadOnlyList<SelfAssessmentModerator.Shared> Shared { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Shared = await moderator.SharedAsync(User.ToBeaconUser(), cancellationToken);
}
