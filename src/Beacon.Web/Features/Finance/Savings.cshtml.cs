using Beacon.Application.Savings;
using Beacon.Data;
using Beacon.Data.Savings;
using Beacon.Domain.Access;
using Beacon.Reports.Savings;
using Beacon.Web.Access;
using Beacon.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Finance;

/// <summary>
/// Savings programmes, and one programme's schedule as the seed's Appendix 1 prints it: each cost centre's budget
/// and its rated options, the totals at its foot, and how far the proposed savings fall short of the target.
/// </summary>
[RequirePermission(Permission.ViewFinance)]
public sealed class SavingsModel(BeaconDbContext db) : PageModel
{
    public IReadOnlyList<SavingsProgramme> Programmes { get; private set; } = [];

    public SavingsSchedule? Schedule { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? code, CancellationToken cancellationToken)
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

        Schedule = await SavingsSchedules.LoadAsync(db, code, cancellationToken);
        return Schedule is null ? NotFound() : Page();
    }

    /// <summary>The schedule as the seed's Appendix 1, a Word document in A4 landscape.</summary>
    public async Task<IActionResult> OnGetDocxAsync(string? code, CancellationToken cancellationToken)
    {
        if (code is null || await SavingsSchedules.LoadAsync(db, code, cancellationToken) is not { } schedule)
        {
            return NotFound();
        }

        var services = HttpContext.RequestServices;
        var stream = new MemoryStream();
        SavingsScheduleDocx.Write(SavingsSchedules.Report(schedule), services.Site().AuthorityName, services.Today(), stream);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"savings-schedule-{code}.docx");
    }
}
