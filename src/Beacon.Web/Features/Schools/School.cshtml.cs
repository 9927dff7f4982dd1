using Beacon.Data;
using Beacon.Data.Schools;
using Beacon.Domain.Access;
using Beacon.Web.Access;
using Beacon.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Schools;

/// <summary>One school's page; a headteacher reaches only their own.</summary>
[RequirePermission(Permission.ViewSchools)]
public sealed class SchoolModel(BeaconDbContext db, TimeProvider clock) : PageModel
{
    public School School { get; private set; } = new();

    /// <summary>Every inspection of the school and of the schools it replaced, newest first, with the school inspected.</summary>
    public IReadOnlyList<(Inspection Inspection, School Inspected)> Inspections { get; private set; } = [];

    /// <summary>The school's scorecard as a Word document, for the latest year with figures loaded, or the year asked for.</summary>
    public async Task<IActionResult> OnGetScorecardAsync(int urn, string? year, CancellationToken cancellationToken)
    {
        if (!AccessPolicy.CanViewSchool(User.ToBeaconUser(), urn))
        {
            return Forbid();
        }

        var code = urn.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var academicYear =
            Domain.Periods.AcademicYear.FromCode(year ?? "")
            ?? Domain.Periods.AcademicYear.FromCode(
                await db
                    .Statistics.Where(s => s.GeographicLevel == "School" && s.GeographyCode == code)
                    .MaxAsync(s => (string?)s.TimePeriod, cancellationToken)
            );
        var cards = await SchoolScorecardBuilder.BuildAsync(
            db,
            [urn],
            academicYear?.StartYear ?? Domain.Periods.AcademicYear.Of(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).StartYear - 1,
            Domain.Achievement.AchievementCatalog.Shipped,
            cancellationToken
        );
        if (cards.Count == 0)
        {
            return NotFound();
        }

        var stream = new MemoryStream();
        Reports.Schools.SchoolScorecardDocx.Write(cards, HttpContext.RequestServices.Site().AuthorityName, stream);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"scorecard-{urn}.docx");
    }

    public async Task<IActionResult> OnGetAsync(int urn)
    {
        // Refuse before looking the school up, so a refusal says nothing about whether the URN exists.
        if (!AccessPolicy.CanViewSchool(User.ToBeaconUser(), urn))
        {
            return Forbid();
        }

        var school = await db.Schools.FindAsync(urn);
        if (school is null)
        {
            return NotFound();
        }

        School = school;
        // The school and its predecessors, followed back through both kinds of link (a few conversions at most).
        var line = new List<School> { school };
        for (var hops = 0; hops < 5; hops++)
        {
            var current = line[^1];
            var previous = current.PredecessorUrn is { } named
                ? await db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Urn == named)
                : await db.Schools.AsNoTracking().FirstOrDefaultAsync(s => s.SuccessorUrn == current.Urn);
            if (previous is null || line.Any(s => s.Urn == previous.Urn))
            {
                break;
            }

            line.Add(previous);
        }

        var urns = line.Select(s => s.Urn).ToList();
        var inspections = await db.Inspections.AsNoTracking().Where(i => urns.Contains(i.Urn)).ToListAsync();
        Inspections = inspections.OrderByDescending(i => i.StartDate).Select(i => (i, line.First(s => s.Urn == i.Urn))).ToList();
        return Page();
    }
}
