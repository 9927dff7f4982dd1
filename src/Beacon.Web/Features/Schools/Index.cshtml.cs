using Beacon.Data;
using Beacon.Data.Schools;
using Beacon.Domain.Access;
using Beacon.Domain.Schools;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Schools;

/// <summary>
/// The register, filtered by name, phase, type, local authority and latest Ofsted grade, a page at a time:
/// every school for officers, only their own for a headteacher.
/// </summary>
[RequirePermission(Permission.ViewSchools)]
public sealed class IndexModel(BeaconDbContext db) : PageModel
{
    public const int PageSize = 50;

    /// <summary>The grade filter's value for schools with no graded inspection.</summary>
    public const string NotGraded = "none";

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "phase")]
    public string? Phase { get; set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true, Name = "la")]
    public string? LaCode { get; set; }

    [BindProperty(SupportsGet = true, Name = "grade")]
    public string? Grade { get; set; }

    // Not "page": Razor Pages keeps that name for the page's own route value, which would win over the query.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<(School School, OfstedGrade? Grade)> Schools { get; private set; } = [];

    public int Total { get; private set; }

    public IReadOnlyList<string> Phases { get; private set; } = [];

    public IReadOnlyList<string> Types { get; private set; } = [];

    public IReadOnlyList<(string Code, string Name)> Authorities { get; private set; } = [];

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync()
    {
        var user = User.ToBeaconUser();
        var schools = db.Schools.AsNoTracking();
        if (!AccessPolicy.Can(user, Permission.ViewAnySchool))
        {
            // A headteacher's list holds their own school and nothing else.
            schools = schools.Where(s => s.Urn == user.SchoolUrn);
        }

        Phases = await schools.Select(s => s.Phase).Where(p => p != "").Distinct().OrderBy(p => p).ToListAsync();
        Types = await schools.Where(s => s.Type != null).Select(s => s.Type!).Distinct().OrderBy(t => t).ToListAsync();
        Authorities = (await schools.Where(s => s.LaCode != null).Select(s => new { s.LaCode, s.LaName }).Distinct().ToListAsync())
            .Select(a => (a.LaCode!, a.LaName ?? a.LaCode!))
            .DistinctBy(a => a.Item1)
            .OrderBy(a => a.Item2, StringComparer.Ordinal)
            .ToList();

        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim();
            schools = int.TryParse(term, out var urn)
                ? schools.Where(s => s.Urn == urn)
                : schools.Where(s => EF.Functions.Like(s.Name, $"%{term}%"));
        }

        schools = string.IsNullOrEmpty(Phase) ? schools : schools.Where(s => s.Phase == Phase);
        schools = string.IsNullOrEmpty(Type) ? schools : schools.Where(s => s.Type == Type);
        schools = string.IsNullOrEmpty(LaCode) ? schools : schools.Where(s => s.LaCode == LaCode);

        // Each school's latest graded 4-point inspection, its own.
        var latest = db
            .Inspections.Where(i => i.Scale == InspectionTypes.FourPoint && i.OverallEffectiveness != null)
            .Where(i =>
                !db.Inspections.Any(later =>
                    later.Urn == i.Urn
                    && later.Scale == InspectionTypes.FourPoint
                    && later.OverallEffectiveness != null
                    && later.StartDate > i.StartDate
                )
            );
        var rows = schools.Select(s => new
        {
            School = s,
            Grade = latest.Where(i => i.Urn == s.Urn).Select(i => i.OverallEffectiveness).FirstOrDefault(),
        });
        if (Grade == NotGraded)
        {
            rows = rows.Where(r => r.Grade == null);
        }
        else if (OfstedGrades.TryParse(Grade, out var grade))
        {
            rows = rows.Where(r => r.Grade == (int)grade);
        }

        Total = await rows.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Schools = (
            await rows.OrderBy(r => r.School.Name).ThenBy(r => r.School.Urn).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync()
        )
            .Select(r => (r.School, r.Grade is { } g ? (OfstedGrade?)g : null))
            .ToList();
    }

    /// <summary>This list's address with another page number, keeping the filters.</summary>
    public string PageLink(int page) =>
        "/schools?"
        + string.Join(
            "&",
            new (string Key, string? Value)[]
            {
                ("q", Search),
                ("phase", Phase),
                ("type", Type),
                ("la", LaCode),
                ("grade", Grade),
                ("p", page.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            }
                .Where(p => !string.IsNullOrEmpty(p.Value))
                .Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}")
        );
}
