using System.Globalization;
using Beacon.Application.Committees;
using Beacon.Data;
using Beacon.Data.Committees;
using Beacon.Domain.Access;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Committees;

/// <summary>Democratic services schedule a meeting of a committee: its date, time and venue.</summary>
[RequirePermission(Permission.ManageCommittees)]
public sealed class ScheduleModel(BeaconDbContext db, AgendaEditor editor) : PageModel
{
    private static readonly string[] TimeFormats = ["H:mm", "H.mm", "HH:mm"];

    public Committee Committee { get; private set; } = new();

    [BindProperty]
    public string? Day { get; set; }

    [BindProperty]
    public string? Month { get; set; }

    [BindProperty]
    public string? Year { get; set; }

    [BindProperty]
    public string? Time { get; set; }

    [BindProperty]
    public string? Venue { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var date = DateInput.Read(Day, Month, Year, "starts-on", "The date of the meeting");
        if (!date.Succeeded)
        {
            ModelState.AddProblem(date.Problem!);
        }

        var parsed = DateTime.TryParseExact(
            Time?.Trim(),
            TimeFormats,
            CultureInfo.InvariantCulture,
            DateTimeStyles.NoCurrentDateDefault,
            out var time
        );
        if (!parsed)
        {
            ModelState.AddModelError("starts-at", "Enter the time the meeting starts on the 24-hour clock, for example 16:00");
        }

        ModelState.Require("venue", Venue, "Enter where the meeting is held.");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var startsAt = date.Value.ToDateTime(TimeOnly.FromTimeSpan(time.TimeOfDay), DateTimeKind.Utc);
        var scheduled = await editor.ScheduleAsync(id, startsAt, Venue, User.Identity!.Name!, cancellationToken);
        if (!scheduled.Succeeded)
        {
            ModelState.AddProblem(scheduled.Problem!);
            return Page();
        }

        return this.RedirectWithBanner(
            $"/committees/meetings/{scheduled.Value.Id}",
            "The meeting is scheduled. Add its items, then publish the agenda."
        );
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        Committee = await db.Committees.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? Committee;
        return Committee.Id == id;
    }
}
