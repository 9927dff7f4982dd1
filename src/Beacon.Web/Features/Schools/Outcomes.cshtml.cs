using System.Globalization;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Domain.Schools;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Schools;

/// <summary>
/// Ofsted outcomes for a period (the committee's item 7.1): the proportions of schools in each grade by phase as
/// at the period's end, pupils in good or better schools, and the schools inspected in the period.
/// </summary>
[RequirePermission(Permission.ViewAnySchool)]
public sealed class OutcomesModel(BeaconDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>The most inspections the page lists; the summary counts them all.</summary>
    public const int ListLimit = 500;

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? FromText { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? ToText { get; set; }

    [BindProperty(SupportsGet = true, Name = "la")]
    public string? LaCode { get; set; }

    [BindProperty(SupportsGet = true, Name = "town")]
    public string? Town { get; set; }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public SchoolGroup Group { get; private set; } = SchoolGroup.England;

    public IReadOnlyList<OutcomeColumn> Columns { get; private set; } = [];

    public decimal? PupilsInGoodOrBetter { get; private set; }

    public int Ungraded { get; private set; }

    public IReadOnlyList<SchoolOutcome> InspectedInPeriod { get; private set; } = [];

    public int InspectedCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (!TryDate(ToText, today, out var to) || !TryDate(FromText, to.AddMonths(-6), out var from) || from > to)
        {
            return BadRequest();
        }

        (From, To) = (from, to);
        Group = new SchoolGroup(Blank(LaCode), Blank(Town));
        var outcomes = await SchoolOutcomes.LoadAsync(db, Group, To, cancellationToken);
        var counted = SchoolOutcomes.Counted(outcomes);
        Columns = OfstedOutcomes.ByPhase(counted);
        PupilsInGoodOrBetter = OfstedOutcomes.PupilsInGoodOrBetter(counted);
        Ungraded = counted.Count(c => c.Grade is null);
        var inspected = outcomes
            .Where(o => o.Latest is { } i && i.StartDate >= From && o.Latest.Urn == o.School.Urn)
            .OrderByDescending(o => o.Latest!.StartDate)
            .ThenBy(o => o.School.Name)
            .ToList();
        InspectedCount = inspected.Count;
        InspectedInPeriod = inspected.Take(ListLimit).ToList();
        return Page();
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static bool TryDate(string? text, DateOnly fallback, out DateOnly date)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            date = fallback;
            return true;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
