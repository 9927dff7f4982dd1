using Beacon.Application.SectorLed;
using Beacon.Domain;
using Beacon.Domain.Access;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.SectorLed;

/// <summary>One peer challenge, from request to follow-up: its team and dates, the evidence shared, the findings, the response.</summary>
[RequirePermission(Permission.ViewSelfAssessments)]
public sealed class PeerChallengeModel(PeerChallengeRecorder recorder) : PageModel
{
    public PeerChallengeView View { get; private set; } = null!;

    public bool MayEdit => AccessPolicy.Can(User.ToBeaconUser(), Permission.EditSelfAssessments);

    [BindProperty]
    public string? Peer { get; set; }

    [BindProperty]
    public bool Lead { get; set; }

    [BindProperty]
    public DateBoxes StartsOn { get; set; } = new();

    [BindProperty]
    public DateBoxes EndsOn { get; set; } = new();

    [BindProperty(Name = "Response")]
    public string? ResponseText { get; set; }

    [BindProperty]
    public string? ActionPlan { get; set; }

    [BindProperty]
    public string? FollowUp { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPeerAsync(int id, CancellationToken cancellationToken) =>
        await DoneAsync(
            id,
            await recorder.AddPeerAsync(User.ToBeaconUser(), id, Peer, Lead, cancellationToken),
            "The peer is on the team.",
            cancellationToken
        );

    public async Task<IActionResult> OnPostDatesAsync(int id, CancellationToken cancellationToken)
    {
        var starts = StartsOn.Read("starts-on", "The first day on site");
        var ends = EndsOn.Read("ends-on", "The last day");
        var set = await recorder.SetDatesAsync(
            User.ToBeaconUser(),
            id,
            starts.Succeeded ? starts.Value : null,
            ends.Succeeded ? ends.Value : null,
            cancellationToken
        );
        ModelState.KeepDateProblem(starts);
        ModelState.KeepDateProblem(ends);
        return await DoneAsync(id, set, "The dates are set.", cancellationToken);
    }

    public async Task<IActionResult> OnPostShareAsync(int id, CancellationToken cancellationToken) =>
        await DoneAsync(
            id,
            await recorder.ShareEvidenceAsync(User.ToBeaconUser(), id, cancellationToken),
            "The evidence is shared with the team, frozen as it stands today.",
            cancellationToken
        );

    public async Task<IActionResult> OnPostRespondAsync(int id, CancellationToken cancellationToken) =>
        await DoneAsync(
            id,
            await recorder.RespondAsync(User.ToBeaconUser(), id, ResponseText, ActionPlan, cancellationToken),
            "The response and action plan are recorded.",
            cancellationToken
        );

    public async Task<IActionResult> OnPostFollowUpAsync(int id, CancellationToken cancellationToken) =>
        await DoneAsync(
            id,
            await recorder.FollowUpAsync(User.ToBeaconUser(), id, FollowUp, cancellationToken),
            "The follow-up is recorded.",
            cancellationToken
        );

    private Task<IActionResult> DoneAsync(int id, Result done, string banner, CancellationToken cancellationToken) =>
        this.AnswerAsync(done, $"/peer-challenges/{id}", banner, () => LoadAsync(id, cancellationToken));

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await recorder.FindAsync(User.ToBeaconUser(), id, cancellationToken) is not { } view)
        {
            return false;
        }

        View = view;
        return true;
    }
}
