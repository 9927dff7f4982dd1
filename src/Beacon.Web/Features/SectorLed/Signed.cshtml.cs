using Beacon.Application.SectorLed;
using Beacon.Data;
using Beacon.Data.SectorLed;
using Beacon.Domain.Access;
using Beacon.Domain.SectorLed;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.SectorLed;

/// <summary>A revision as one of the sign-off roles signed it: the record kept, whatever the draft says now.</summary>
[RequirePermission(Permission.ViewSelfAssessments)]
public sealed class SignedModel(BeaconDbContext db) : PageModel
{
    public SelfAssessmentView View { get; private set; } = null!;

    public SelfAssessmentSignOff SignOff { get; private set; } = null!;

    public SignedRevision Revision { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int signOff, CancellationToken cancellationToken)
    {
        if (
            await SelfAssessmentView.FindAsync(db, id, cancellationToken) is not { } view
            || view.Assessment.SignOffs.FirstOrDefault(s => s.Id == signOff) is not { } signed
        )
        {
            return NotFound();
        }

        (View, SignOff, Revision) = (view, signed, SelfAssessmentView.AsSigned(signed));
        return Page();
    }
}
