using Beacon.Domain.Access;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Sections;

/// <summary>The landing page of a section that is a list of its pages, guarded like any of them.</summary>
public sealed class SectionModel : PageModel
{
    private static readonly Dictionary<string, string> Descriptions = new()
    {
        ["/social-care"] =
            "Inspection readiness every day: the readiness dashboard, Annex A and its practice measures, case-file audits and their samples, IRO disputes, flexible assessment timescales, the fostering service's quarterly report and Ofsted's inspections of authorities.",
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
