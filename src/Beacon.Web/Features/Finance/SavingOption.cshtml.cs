using Beacon.Application.Savings;
using Beacon.Data;
using Beacon.Data.Savings;
using Beacon.Domain;
using Beacon.Domain.Access;
using Beacon.Domain.Periods;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Finance;

/// <summary>
/// One option of a savings programme for finance and performance officers: change its terms, and once the
/// programme is approved, record its delivery in a quarter of the budget year.
/// </summary>
[RequirePermission(Permission.EditFinance)]
public sealed class SavingOptionModel(BeaconDbContext db, SavingsRecorder recorder) : PageModel
{
    public SavingOption Option { get; private set; } = null!;

    public SavingsCostCentre CostCentre { get; private set; } = null!;

    public SavingsProgramme Programme { get; private set; } = null!;

    public IReadOnlyList<string> Ratings { get; private set; } = [];

    /// <summary>Whether the option's delivery is tracked: the programme is approved and the option is a proposed saving.</summary>
    public bool TracksDelivery { get; private set; }

    [BindProperty]
    public SavingOptionDraft Form { get; set; } = new(null, null, null, null, null);

    [BindProperty]
    public string? Quarter { get; set; }

    [BindProperty]
    public SavingDeliveryDraft DeliveryForm { get; set; } = new(null, null, null, null);

    public IReadOnlyList<FinancialQuarter> Quarters => SavingsRecorder.BudgetYear(Programme).Quarters;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Form = new SavingOptionDraft(
            Option.Description,
            Option.NetSaving is { } saving ? Beacon.Reports.Savings.Pounds.Amount(saving) : null,
            Option.Rating,
            Option.Staffing,
            Option.Risks
        );
        return Page();
    }

    public Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken) =>
        SaveAsync(
            id,
            () => recorder.EditOptionAsync(id, Form, User.ToBeaconUser(), cancellationToken),
            "The option is changed.",
            cancellationToken
        );

    public Task<IActionResult> OnPostDeliveryAsync(int id, CancellationToken cancellationToken) =>
        SaveAsync(
            id,
            async () =>
            {
                var quarter = FinancialQuarter.Parse(Quarter ?? "");
                return quarter.Succeeded
                    ? await recorder.RecordDeliveryAsync(id, quarter.Value, DeliveryForm, User.ToBeaconUser(), cancellationToken)
                    : Result.Failure("quarter", "Select the quarter the delivery is for");
            },
            "The delivery is recorded.",
            cancellationToken
        );

    private async Task<IActionResult> SaveAsync(int id, Func<Task<Result>> save, string done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var saved = await save();
        if (saved.Succeeded)
        {
            return this.RedirectWithBanner($"/finance/savings/{Programme.Code}#delivery", done);
        }

        switch (saved.Problem!.Code)
        {
            case "not-found":
                return NotFound();
            case "not-permitted":
                return Forbid();
        }

        ModelState.AddProblem(saved.Problem);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var option = await db
            .SavingOptions.AsNoTracking()
            .Include(o => o.Deliveries)
            .SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (option is null)
        {
            return false;
        }

        Option = option;
        Option.Deliveries.Sort((a, b) => (a.Year * 10 + a.Quarter).CompareTo(b.Year * 10 + b.Quarter));
        CostCentre = await db.SavingsCostCentres.AsNoTracking().SingleAsync(c => c.Id == option.CostCentreId, cancellationToken);
        Programme = await db.SavingsProgrammes.AsNoTracking().SingleAsync(p => p.Id == CostCentre.ProgrammeId, cancellationToken);
        var ratings = await db.SavingRatings.AsNoTracking().OrderBy(r => r.Position).ToListAsync(cancellationToken);
        Ratings = [.. ratings.Select(r => r.Code)];
        TracksDelivery =
            Programme.ApprovedOn is not null
            && ratings.Any(r => r.CountsAsProposed && string.Equals(r.Code, option.Rating, StringComparison.OrdinalIgnoreCase));
        return true;
    }
}
