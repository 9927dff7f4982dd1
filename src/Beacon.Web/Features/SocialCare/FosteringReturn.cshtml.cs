using Beacon.Application.SocialCare;
using Beacon.Domain.Access;
using Beacon.Domain.Periods;
using Beacon.Domain.SocialCare;
using Beacon.Web.Access;
using Beacon.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.SocialCare;

/// <summary>A quarter's fostering return as a task list: each section of the report, given or not yet, with its own form.</summary>
[RequirePermission(Permission.EditSocialCare)]
public sealed class FosteringReturnModel(FosteringReturnEditor editor) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Quarter { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Saved { get; set; }

    public FosteringReturnEditor.Held? Held { get; private set; }

    /// <summary>The quarters a return may be begun for: this one and the four before it.</summary>
    public IReadOnlyList<FinancialQuarter> Choices { get; private set; } = [];

    public string? SavedMessage => FosteringReturnSection.Find(Saved) is { } section ? $"{section.Title} saved" : null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var current = FinancialQuarter.Of(HttpContext.RequestServices.Today());
        Choices = Enumerable.Range(0, 5).Select(i => Enumerable.Range(0, i).Aggregate(current, (q, _) => q.Previous)).ToList();
        if (Quarter is not null)
        {
            var loaded = await editor.LoadAsync(Quarter, cancellationToken);
            Held = loaded.Succeeded ? loaded.Value : null;
        }
    }
}
