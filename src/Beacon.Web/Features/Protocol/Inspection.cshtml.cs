using Beacon.Application.Protocol;
using Beacon.Data;
using Beacon.Data.Protocol;
using Beacon.Domain;
using Beacon.Domain.Access;
using Beacon.Domain.Protocol;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Protocol;

/// <summary>
/// Ofsted's inspection of the authority's arrangements for supporting school improvement (seed 000, item 6.1): the
/// overarching judgements with the re-inspection window, the triggers officers record, the documents paragraph 14
/// asks for, and the action plan after an ineffective judgement.
/// </summary>
[RequirePermission(Permission.RateSchools)]
public sealed class InspectionModel(BeaconDbContext db, SelfEvaluationRecorder recorder, TimeProvider clock) : PageModel
{
    private static readonly Dictionary<string, string> Banners = new()
    {
        ["judgement"] = "The judgement is recorded",
        ["trigger"] = "The trigger is recorded",
        ["document"] = "The document's state is saved",
        ["action"] = "The action is added to the plan",
    };

    [BindProperty(SupportsGet = true, Name = "saved")]
    public string? Saved { get; set; }

    public string? Done => Saved is null ? null : Banners.GetValueOrDefault(Saved);

    [BindProperty]
    public string? Source { get; set; }

    [BindProperty]
    public string? Judgement { get; set; }

    [BindProperty]
    public DateBoxes JudgedOn { get; set; } = new();

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public string? Trigger { get; set; }

    [BindProperty]
    public DateBoxes NotedOn { get; set; } = new();

    [BindProperty]
    public string? Detail { get; set; }

    [BindProperty]
    public int Item { get; set; }

    [BindProperty]
    public string? State { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public int Aspect { get; set; }

    [BindProperty]
    public string? Action { get; set; }

    [BindProperty]
    public string? Owner { get; set; }

    [BindProperty]
    public DateBoxes DueOn { get; set; } = new();

    public DateOnly Today { get; private set; }

    public IReadOnlyList<SchoolImprovementJudgement> Judgements { get; private set; } = [];

    /// <summary>Ofsted's latest judgement, which the re-inspection window and the action plan follow.</summary>
    public SchoolImprovementJudgement? LatestOfsted => Judgements.FirstOrDefault(j => j.Source == SchoolImprovementJudgementSources.Ofsted);

    public ReinspectionWindow? Window => LatestOfsted is { } j ? ReinspectionWindow.After(j.Source, j.Judgement, j.JudgedOn) : null;

    public IReadOnlyList<InspectionTriggerNote> TriggerNotes { get; private set; } = [];

    public IReadOnlyDictionary<int, InspectionDocument> Documents { get; private set; } = new Dictionary<int, InspectionDocument>();

    public IReadOnlyList<InspectionAction> Actions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostJudgementAsync(CancellationToken cancellationToken)
    {
        var date = JudgedOn.Read(nameof(JudgedOn), "The date of the judgement");
        return SaveAsync(
            recorder.JudgeAsync(Source, Judgement, date.Succeeded ? date.Value : null, Summary, cancellationToken),
            "judgement",
            date,
            cancellationToken
        );
    }

    public Task<IActionResult> OnPostTriggerAsync(CancellationToken cancellationToken)
    {
        var date = NotedOn.Read(nameof(NotedOn), "The date it arose");
        return SaveAsync(
            recorder.NoteTriggerAsync(Trigger, date.Succeeded ? date.Value : null, Detail, cancellationToken),
            "trigger",
            date,
            cancellationToken
        );
    }

    public Task<IActionResult> OnPostDocumentAsync(CancellationToken cancellationToken) =>
        SaveAsync(recorder.SetDocumentAsync(Item, State, Note, cancellationToken), "document", null, cancellationToken);

    public Task<IActionResult> OnPostActionAsync(CancellationToken cancellationToken)
    {
        var date = DueOn.Read(nameof(DueOn), "The date the action is due");
        return SaveAsync(
            recorder.PlanActionAsync(Aspect, Action, Owner, date.Succeeded ? date.Value : null, cancellationToken),
            "action",
            date,
            cancellationToken
        );
    }

    private async Task<IActionResult> SaveAsync(
        Task<Result> saving,
        string saved,
        Result<DateOnly>? date,
        CancellationToken cancellationToken
    )
    {
        var result = await saving;
        if (result.Succeeded)
        {
            return Redirect($"/schools/inspection?saved={saved}");
        }

        ModelState.AddProblem(result.Problem!);
        if (date is { } read)
        {
            ModelState.KeepDateProblem(read);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Judgements = await db
            .SchoolImprovementJudgements.AsNoTracking()
            .OrderByDescending(j => j.JudgedOn)
            .ThenByDescending(j => j.Id)
            .ToListAsync(cancellationToken);
        TriggerNotes = await db.InspectionTriggerNotes.AsNoTracking().OrderByDescending(t => t.NotedOn).ToListAsync(cancellationToken);
        Documents = await db.InspectionDocuments.AsNoTracking().ToDictionaryAsync(d => d.Item, cancellationToken);
        Actions = await db.InspectionActions.AsNoTracking().OrderBy(a => a.DueOn).ThenBy(a => a.Id).ToListAsync(cancellationToken);
    }
}
