using Beacon.Application.Protocol;
using Beacon.Data;
using Beacon.Data.Protocol;
using Beacon.Domain.Access;
using Beacon.Domain.Protocol;
using Beacon.Import.Geography;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Beacon.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Protocol;

/// <summary>
/// The authority's self-evaluation of its support for school improvement: Ofsted's inspection triggers as they
/// stand from the data, with the figures behind each, those officers record, and each aspect's strengths and weaknesses.
/// </summary>
[RequirePermission(Permission.RateSchools)]
public sealed class SelfEvaluationModel(BeaconDbContext db, SelfEvaluationRecorder recorder, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? La { get; set; }

    /// <summary>The date a link gives (<c>?asAt=2013-10-01</c>); the boxes, when typed, win.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? AsAt { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateBoxes On { get; set; } = new();

    /// <summary>The academic year of the attainment figures, by its first calendar year.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public LocalAuthority? Authority { get; private set; }

    public IReadOnlyList<TriggerResult> Triggers { get; private set; } = [];

    public IReadOnlyDictionary<int, SelfEvaluationAspect> Aspects { get; private set; } = new Dictionary<int, SelfEvaluationAspect>();

    [BindProperty]
    public int Aspect { get; set; }

    [BindProperty]
    public string? Strengths { get; set; }

    [BindProperty]
    public string? Weaknesses { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public IReadOnlyList<InspectionTriggerNote> TriggerNotes { get; private set; } = [];

    [BindProperty]
    public string? Evidence { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var judged = await recorder.EvaluateAsync(Aspect, Strengths, Weaknesses, Evidence, cancellationToken);
        if (!judged.Succeeded)
        {
            ModelState.AddProblem(judged.Problem!);
            await LoadAsync(cancellationToken);
            return Page();
        }

        return Redirect($"/schools/self-evaluation?la={La}&saved=true");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Aspects = await db.SelfEvaluation.AsNoTracking().ToDictionaryAsync(a => a.Aspect, cancellationToken);
        TriggerNotes = await db.InspectionTriggerNotes.AsNoTracking().OrderBy(n => n.NotedOn).ToListAsync(cancellationToken);
        La ??= HttpContext.RequestServices.Site().LaCode;
        Authority = La is null ? null : LocalAuthorityRegister.Shipped.FindByOldCode(La.Trim());
        if (Authority is null)
        {
            return;
        }

        var asAt = On.Filter(AsAt, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ModelState, "AsAt", "The date");
        AsAt = asAt;
        Year ??= Domain.Periods.AcademicYear.Of(asAt).StartYear - 1;
        Triggers = InspectionTriggers.Judge(await TriggerFiguresBuilder.BuildAsync(db, Authority, asAt, Year.Value, cancellationToken));
    }
}
