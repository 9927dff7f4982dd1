using Beacon.Application.Savings;
using Beacon.Data;
using Beacon.Data.Savings;
using Beacon.Domain.Access;
using Beacon.Domain.Periods;
using Beacon.Reports.Savings;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Beacon.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Finance;

/// <summary>
/// Savings programmes, and one programme's schedule as the seed's Appendix 1 prints it: each cost centre's budget
/// and its rated options, the totals at its foot, and how far the proposed savings fall short of the target. Once
/// the committee has approved it, each quarter's delivery of its savings.
/// </summary>
[RequirePermission(Permission.ViewFinance)]
public sealed class SavingsModel(BeaconDbContext db, SavingsRecorder recorder, TimeProvider clock) : PageModel
{
    public IReadOnlyList<SavingsProgramme> Programmes { get; private set; } = [];

    public SavingsSchedule? Schedule { get; private set; }

    public FinancialQuarter Quarter { get; private set; }

    public SavingsDeliveryReport? Delivery { get; private set; }

    public bool MayEdit => AccessPolicy.Can(User.ToBeaconUser(), Permission.EditFinance);

    [BindProperty]
    public string? Day { get; set; }

    [BindProperty]
    public string? Month { get; set; }

    [BindProperty]
    public string? Year { get; set; }

    public async Task<IActionResult> OnGetAsync(string? code, string? quarter, CancellationToken cancellationToken)
    {
        Programmes = await db
            .SavingsProgrammes.AsNoTracking()
            .OrderByDescending(p => p.BudgetYear)
            .ThenBy(p => p.Name)
            .ToListAsync(cancellationToken);
        if (code is null)
        {
            return Page();
        }

        return await LoadAsync(code, quarter, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostApproveAsync(string? code, CancellationToken cancellationToken)
    {
        if (code is null || !await LoadAsync(code, null, cancellationToken))
        {
            return NotFound();
        }

        var date = DateInput.Read(Day, Month, Year, "approved-on", "The date the committee approved the programme");
        var approved = date.Succeeded
            ? await recorder.ApproveAsync(code, date.Value, User.ToBeaconUser(), cancellationToken)
            : date.Problem!;
        if (approved.Succeeded)
        {
            return this.RedirectWithBanner(
                $"/finance/savings/{code}",
                "The approval is recorded. Record each saving's delivery from its option."
            );
        }

        if (approved.Problem!.Code == "not-permitted")
        {
            return Forbid();
        }

        ModelState.AddProblem(approved.Problem, "approved-on");
        return Page();
    }

    /// <summary>The schedule as the seed's Appendix 1, a Word document in A4 landscape.</summary>
    public async Task<IActionResult> OnGetDocxAsync(string? code, CancellationToken cancellationToken)
    {
        if (code is null || await SavingsSchedules.LoadAsync(db, code, cancellationToken) is not { } schedule)
        {
            return NotFound();
        }

        return Word(
            s => SavingsScheduleDocx.Write(SavingsSchedules.Report(schedule), Authority, Today, s),
            $"savings-schedule-{code}.docx"
        );
    }

    /// <summary>The quarter's delivery report, a Word document in A4 landscape.</summary>
    public async Task<IActionResult> OnGetDeliveryDocxAsync(string? code, string? quarter, CancellationToken cancellationToken)
    {
        if (code is null || !await LoadAsync(code, quarter, cancellationToken) || Delivery is null)
        {
            return NotFound();
        }

        return Word(s => SavingsDeliveryDocx.Write(Delivery, Authority, Today, s), $"savings-delivery-{code}-{Quarter}.docx");
    }

    private string Authority => HttpContext.RequestServices.Site().AuthorityName;

    private DateOnly Today => HttpContext.RequestServices.Today();

    private FileStreamResult Word(Action<Stream> write, string name)
    {
        var stream = new MemoryStream();
        write(stream);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name);
    }

    // The quarter asked for, else the current one where it falls in the budget year, else the year's first.
    private async Task<bool> LoadAsync(string code, string? quarter, CancellationToken cancellationToken)
    {
        Schedule = await SavingsSchedules.LoadAsync(db, code, cancellationToken);
        if (Schedule is null)
        {
            return false;
        }

        var year = SavingsRecorder.BudgetYear(Schedule.Programme);
        var now = FinancialQuarter.Current(clock);
        Quarter =
            quarter is not null && FinancialQuarter.Parse(quarter) is { Succeeded: true } asked && year.Quarters.Contains(asked.Value)
                ? asked.Value
            : year.Quarters.Contains(now) ? now
            : year.Quarters[0];
        Delivery = SavingsSchedules.Delivery(Schedule, Quarter);
        return true;
    }
}
