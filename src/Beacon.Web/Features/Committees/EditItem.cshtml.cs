using Beacon.Application.Committees;
using Beacon.Data;
using Beacon.Data.Committees;
using Beacon.Domain.Access;
using Beacon.Domain.Committees;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Committees;

/// <summary>
/// Democratic services write an unpublished item's paper in the authority's report template: its type of
/// decision, the Beacon report it rests on, each section, and the recommendations. A published paper is fixed.
/// </summary>
[RequirePermission(Permission.ManageCommittees)]
public sealed class EditItemModel(BeaconDbContext db, AgendaEditor editor) : PageModel
{
    public AgendaItem Item { get; private set; } = new();

    [BindProperty]
    public ItemForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Item.IsPublished)
        {
            return Redirect($"/committees/items/{id}");
        }

        Form = ItemForm.Of(Item, await PaperSections.TemplateAsync(db, cancellationToken));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var written = await editor.WriteAsync(id, Form.ToDraft(), User.Identity!.Name!, cancellationToken);
        if (!written.Succeeded)
        {
            ModelState.AddProblem(written.Problem!);
            return Page();
        }

        return this.RedirectWithBanner($"/committees/meetings/{Item.MeetingId}", $"Item {Item.Number}'s paper is saved.");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var removed = await editor.RemoveAsync(id, User.Identity!.Name!, cancellationToken);
        if (!removed.Succeeded)
        {
            ModelState.AddProblem(removed.Problem!, "title");
            return Page();
        }

        return this.RedirectWithBanner(
            $"/committees/meetings/{Item.MeetingId}",
            $"Item {Item.Number}, {Item.Title}, is taken off the agenda."
        );
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var item = await db
            .AgendaItems.AsNoTracking()
            .Include(i => i.Meeting!)
                .ThenInclude(m => m.Committee)
            .Include(i => i.Sections)
            .SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        Item = item ?? Item;
        return item is not null;
    }

    /// <summary>The form's fields; the template's sections come back in the order they were shown.</summary>
    public sealed class ItemForm
    {
        public string Title { get; set; } = "";

        public string? ReportOf { get; set; }

        public DecisionType DecisionType { get; set; }

        public string? ForwardPlanReference { get; set; }

        public int? ExemptParagraph { get; set; }

        public int? ExemptPartParagraph { get; set; }

        public PaperSource Source { get; set; }

        public string? SourceParameters { get; set; }

        public List<SectionText> Sections { get; set; } = [];

        public string? Recommendations { get; set; }

        public string? ReasonsForRecommendations { get; set; }

        public string? BackgroundPapers { get; set; }

        public string? ContactOfficer { get; set; }

        public static ItemForm Of(AgendaItem item, IReadOnlyList<ReportTemplateSection> template) =>
            new()
            {
                Title = item.Title,
                ReportOf = item.ReportOf,
                DecisionType = item.DecisionType,
                ForwardPlanReference = item.ForwardPlanReference,
                ExemptParagraph = item.ExemptParagraph,
                ExemptPartParagraph = item.ExemptPartParagraph,
                Source = item.Source,
                SourceParameters = item.SourceParameters,
                Sections =
                [
                    .. PaperSections
                        .Headings(template, item.Sections.OrderBy(s => s.Position).Select(s => s.Heading))
                        .Select(h => new SectionText
                        {
                            Heading = h,
                            Text = item.Sections.FirstOrDefault(s => string.Equals(s.Heading, h, StringComparison.OrdinalIgnoreCase))?.Text,
                        }),
                ],
                Recommendations = item.Recommendations,
                ReasonsForRecommendations = item.ReasonsForRecommendations,
                BackgroundPapers = item.BackgroundPapers,
                ContactOfficer = item.ContactOfficer,
            };

        public AgendaItemDraft ToDraft() =>
            new()
            {
                Title = Title,
                ReportOf = ReportOf,
                DecisionType = DecisionType,
                ForwardPlanReference = ForwardPlanReference,
                ExemptParagraph = ExemptParagraph,
                ExemptPartParagraph = ExemptPartParagraph,
                Source = Source,
                SourceParameters = SourceParameters,
                Recommendations = Recommendations ?? "",
                ReasonsForRecommendations = ReasonsForRecommendations,
                BackgroundPapers = BackgroundPapers,
                ContactOfficer = ContactOfficer,
                Sections = Sections
                    .Where(s => !string.IsNullOrWhiteSpace(s.Heading))
                    .GroupBy(s => s.Heading!.Trim(), StringComparer.OrdinalIgnoreCase)
                    .ToDictionary(g => g.Key, g => g.First().Text ?? "", StringComparer.OrdinalIgnoreCase),
            };
    }

    public sealed class SectionText
    {
        public string? Heading { get; set; }

        public string? Text { get; set; }
    }
}
