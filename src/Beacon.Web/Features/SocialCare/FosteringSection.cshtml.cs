using Beacon.Application.SocialCare;
using Beacon.Domain.Access;
using Beacon.Domain.SocialCare;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.SocialCare;

/// <summary>One section of a quarter's fostering return on its own form; what was typed stays on the page when refused.</summary>
[RequirePermission(Permission.EditSocialCare)]
public sealed class FosteringSectionModel(FosteringReturnEditor editor) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Quarter { get; set; }

    public FosteringReturnSection Section { get; private set; } = FosteringReturnSection.All[0];

    public string QuarterName { get; private set; } = "";

    /// <summary>Each field's value by its id, as held or as typed.</summary>
    public IReadOnlyDictionary<string, string> Values { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(string section, CancellationToken cancellationToken)
    {
        if (await LoadAsync(section, cancellationToken) is not { } held)
        {
            return NotFound();
        }

        Values = FosteringReturnEditor
            .ValuesOf(held.Quarter, Section)
            .ToDictionary(v => FosteringReturnEditor.FieldId(v.Key), v => v.Value);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string section, CancellationToken cancellationToken)
    {
        if (await LoadAsync(section, cancellationToken) is null)
        {
            return NotFound();
        }

        var typed = Section
            .Fields.Select(f => FosteringReturnEditor.FieldId(f.Path))
            .ToDictionary(id => id, id => (string?)Request.Form[id].ToString());
        var saved = await editor.SaveSectionAsync(Quarter, section, typed, User.Identity!.Name!, cancellationToken);
        if (!saved.Succeeded)
        {
            ModelState.AddProblem(saved.Problem!);
            Values = typed.ToDictionary(t => t.Key, t => t.Value ?? "");
            return Page();
        }

        return Redirect($"/social-care/fostering/return?quarter={Quarter}&saved={Section.Slug}");
    }

    private async Task<FosteringReturnEditor.Held?> LoadAsync(string section, CancellationToken cancellationToken)
    {
        if (FosteringReturnSection.Find(section) is not { } found)
        {
            return null;
        }

        Section = found;
        var loaded = await editor.LoadAsync(Quarter, cancellationToken);
        if (!loaded.Succeeded)
        {
            return null;
        }

        Quarter = loaded.Value.Quarter.Quarter;
        QuarterName = Domain.Periods.FinancialQuarter.Parse(Quarter).Value.DisplayName;
        return loaded.Value;
    }
}
