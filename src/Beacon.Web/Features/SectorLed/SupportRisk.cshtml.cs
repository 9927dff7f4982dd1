using System.Globalization;
using Beacon.Application.SectorLed;
using Beacon.Domain;
using Beacon.Domain.Access;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.SectorLed;

/// <summary>One shared performance risk before the region: the support brokered for it, a new package, and each package's outcome.</summary>
[RequirePermission(Permission.BrokerSupport)]
public sealed class SupportRiskModel(SupportBroker broker) : PageModel
{
    public SupportBroker.Shared Shared { get; private set; } = null!;

    [BindProperty]
    public string? Provider { get; set; }

    [BindProperty]
    public string? Scope { get; set; }

    [BindProperty]
    public string? Cost { get; set; }

    [BindProperty]
    public DateBoxes StartsOn { get; set; } = new();

    [BindProperty]
    public DateBoxes EndsOn { get; set; } = new();

    [BindProperty]
    public string? Outcome { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostBrokerAsync(int id, CancellationToken cancellationToken)
    {
        var starts = StartsOn.Read("starts-on", "The date the support starts");
        var ends = EndsOn.Read("ends-on", "The date the support ends");
        var cost = decimal.TryParse(
            Cost?.Replace("£", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal),
            NumberStyles.Number,
            CultureInfo.InvariantCulture,
            out var pounds
        )
            ? pounds
            : (decimal?)null;
        var brokered = await broker.BrokerAsync(
            User.ToBeaconUser(),
            id,
            Provider,
            Scope,
            cost,
            starts.Succeeded ? starts.Value : null,
            ends.Succeeded ? ends.Value : null,
            cancellationToken
        );
        var answer = await this.AnswerAsync(
            brokered.Succeeded ? Result.Done : brokered.Problem!,
            $"/region/support/{id}",
            "The support is brokered.",
            () => LoadAsync(id, cancellationToken)
        );
        ModelState.KeepDateProblem(starts);
        ModelState.KeepDateProblem(ends);
        return answer;
    }

    public async Task<IActionResult> OnPostOutcomeAsync(int id, int package, CancellationToken cancellationToken)
    {
        var recorded = await broker.RecordOutcomeAsync(User.ToBeaconUser(), id, package, Outcome, cancellationToken);
        return await this.AnswerAsync(
            recorded,
            $"/region/support/{id}",
            "The outcome is recorded.",
            () => LoadAsync(id, cancellationToken)
        );
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await broker.FindAsync(User.ToBeaconUser(), id, cancellationToken) is not { } shared)
        {
            return false;
        }

        Shared = shared;
        return true;
    }
}
