using Beacon.Application;
using Beacon.Application.Risks;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Domain.Risks;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beacon.Web.Features.Performance;

/// <summary>A performance officer adds a risk to the directorate register: its objective, owner, cause, event, effect, controls and scores.</summary>
[RequirePermission(Permission.EditPerformance)]
public sealed class NewRiskModel(BeaconDbContext db, RiskRegister register, IOptions<BeaconSiteOptions> site) : PageModel
{
    public RiskMatrix Matrix => site.Value.Risks;

    public IReadOnlyList<string> Objectives { get; private set; } = [];

    public IReadOnlyList<(string Initials, string Name)> Owners { get; private set; } = [];

    [BindProperty]
    public RiskDraft Form { get; set; } = new(null, null, null, null, null, null, null, null, 0, 0, 0, 0, 0, 0, null);

    [BindProperty]
    public string? Day { get; set; }

    [BindProperty]
    public string? Month { get; set; }

    [BindProperty]
    public string? Year { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var date = DateInput.Read(Day, Month, Year, "review-on", "The date the risk is next reviewed");
        var added = await register.AddAsync(
            Form with
            {
                ReviewOn = date.Succeeded ? date.Value : null,
            },
            User.ToBeaconUser(),
            cancellationToken
        );
        if (added.Succeeded)
        {
            return this.RedirectWithBanner("/performance/risks", $"{added.Value.Reference} is added to the register.");
        }

        ModelState.AddProblem(added.Problem!);
        ModelState.KeepDateProblem(date);

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Objectives = await RiskRegister.ObjectivesAsync(db, cancellationToken);
        Owners = [.. (await db.LeadOfficers.OrderBy(o => o.Initials).ToListAsync(cancellationToken)).Select(o => (o.Initials, o.Name))];
    }
}
