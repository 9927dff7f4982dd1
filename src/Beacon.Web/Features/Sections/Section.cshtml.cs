using Beacon.Domain.Access;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Sections;

/// <summary>
/// The landing page of a section whose own pages are still to come. It is guarded like a real page,
/// so the permission tests cover it now and keep covering it when its content arrives.
/// </summary>
public sealed class SectionModel : PageModel
{
    private static readonly Dictionary<string, string> Descriptions = new()
    {
        ["/social-care"] =
            "Inspection readiness: Annex A, practice measures, and Ofsted's inspections of authorities. Case-file audits and the fostering report are still to come.",
    };

    public NavigationItem Item { get; private set; } = NavigationItem.Sections[0];

    public string Description { get; private set; } = "";

    public IActionResult OnGet(string section)
    {
        Item = NavigationItem.Sections.Single(i => i.Href == "/" + section);
        if (!AccessPolicy.Can(User.ToBeaconUser(), Item.Permission))
        {
            return Forbid();
        }

        Description = Descriptions[Item.Href];
        return Page();
    }
}
