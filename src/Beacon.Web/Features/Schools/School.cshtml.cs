using Beacon.Application.Protocol;
using Beacon.Application.Schools;
using Beacon.Data;
using Beacon.Data.Schools;
using Beacon.Domain.Access;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Beacon.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Schools;

/// <summary>One school's page; a headteacher reaches only their own.</summary>
[RequirePermission(Permission.ViewSchools)]
public sealed class SchoolModel(BeaconDbContext db, SchoolRecorder records, TimeProvider clock) : PageModel
{
    public School School { get; private set; } = new();

    /// <summary>Every inspection of the school and of the schools it replaced, newest first, with the school inspected.</summary>
    public IReadOnlyList<(Inspection Inspection, School Inspected)> Inspections { get; private set; } = [];

    [BindProperty]
    public string? LinkOfficer { get; set; }

    public bool MayEdit { get; private set; }

    /// <summary>The school's confirmed Support and Challenge rating, for those allowed to see it.</summary>
    public (Data.Protocol.SchoolReview Review, Data.Protocol.RatingDecision Decision)? Rating { get; private set; }

    public bool MaySeeRating { get; private set; }

    /// <summary>The letter to the headteacher of a Red or Amber school, as Word; the rating is confidential.</summary>
    public async Task<IActionResult> OnGetLetterAsync(int urn, CancellationToken cancellationToken)
    {
        if (!AccessPolicy.CanViewSchoolRating(User.ToBeaconUser(), urn))
        {
            return Forbid();
        }

        var site = HttpContext.RequestServices.Site();
        var letter = await RatingLetters.ForSchoolAsync(db, urn, site, HttpContext.RequestServices.Today(), cancellationToken);
        if (letter is null)
        {
            return NotFound();
        }

        var stream = new MemoryStream();
        Reports.Protocol.RatingLetter.WriteDocx(letter, site.AuthorityName, stream);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"rating-letter-{urn}.docx");
    }

    /// <summary>Sets the school's SIP link officer (audited); school improvement officers only.</summary>
    public async Task<IActionResult> OnPostLinkOfficerAsync(int urn)
    {
        if (!AccessPolicy.Can(User.ToBeaconUser(), Permission.RateSchools))
        {
            return Forbid();
        }

        var set = await records.SetLinkOfficerAsync(urn, LinkOfficer, HttpContext.RequestAborted);
        if (!set.Succeeded)
        {
            return NotFound();
        }

        return this.RedirectWithBanner($"/schools/{urn}", "The school's details are saved.");
    }

    /// <summary>The years with figures for the school, oldest first, and each measure's figures in them with England's.</summary>
    public IReadOnlyList<int> AchievementYears { get; private set; } = [];

    public IReadOnlyList<Reports.Schools.ScorecardLine> Achievement { get; private set; } = [];

    /// <summary>A measure's trend for the school as a PNG, England's dashed beside it.</summary>
    public async Task<IActionResult> OnGetChartAsync(int urn, string measure, CancellationToken cancellationToken)
    {
        if (!AccessPolicy.CanViewSchool(User.ToBeaconUser(), urn))
        {
            return Forbid();
        }

        await LoadAchievementAsync(urn, cancellationToken);
        if (Achievement.FirstOrDefault(l => l.Measure.Code == measure) is not { } line)
        {
            return NotFound();
        }

        var points = AchievementYears
            .Zip(line.Years, (year, figure) => (Reports.Schools.AchievementFormat.Year(year), figure.School is { } v ? (double?)v : null))
            .ToList();
        var england = line.Years.Select(y => y.England is { } e ? (double?)e : null).ToList();
        return File(Reports.Performance.TrendChart.Png(points, null, comparison: england), "image/png");
    }

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
            await AchievementCatalogs.InForceAsync(db, cancellationToken),
            cancellationToken
        );
        if (cards.Count == 0)
        {
            return NotFound();
        }

        var stream = new MemoryStream();
        Reports.Schools.SchoolScorecardDocx.Write(
            cards,
            HttpContext.RequestServices.Site().AuthorityName,
            HttpContext.RequestServices.Today(),
            stream
        );
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"scorecard-{urn}.docx");
    }

    private async Task LoadAchievementAsync(int urn, CancellationToken cancellationToken)
    {
        var code = urn.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var periods = await db
            .Statistics.Where(s => s.GeographicLevel == "School" && s.GeographyCode == code)
            .Select(s => s.TimePeriod)
            .Distinct()
            .ToListAsync(cancellationToken);
        AchievementYears = periods
            .Select(p => Domain.Periods.AcademicYear.FromCode(p))
            .OfType<Domain.Periods.AcademicYear>()
            .Select(y => y.StartYear)
            .Order()
            .ToList();
        Achievement =
            AchievementYears.Count == 0
                ? []
                : (
                    await SchoolScorecardBuilder.LinesAsync(
                        db,
                        [urn],
                        AchievementYears,
                        await AchievementCatalogs.InForceAsync(db, cancellationToken),
                        cancellationToken
                    )
                ).GetValueOrDefault(urn) ?? [];
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
        MayEdit = AccessPolicy.Can(User.ToBeaconUser(), Permission.RateSchools);
        MaySeeRating = AccessPolicy.CanViewSchoolRating(User.ToBeaconUser(), urn);
        Rating = MaySeeRating ? await SchoolReviews.ConfirmedAsync(db, urn, HttpContext.RequestAborted) : null;
        LinkOfficer = school.LinkOfficer;
        await LoadAchievementAsync(urn, HttpContext.RequestAborted);
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
