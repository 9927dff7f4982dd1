using Beacon.Application.Protocol;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Domain.Protocol;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Protocol;

/// <summary>
/// The protocol's criteria, every version. Those who rate schools read them; an administrator saves a new version
/// (the criteria as JSON, checked before it is saved). A saved version is never changed.
/// </summary>
[RequirePermission(Permission.ViewSchools)]
public sealed class CriteriaModel(BeaconDbContext db, ProtocolVersionRecorder recorder) : PageModel
{
    public IReadOnlyList<ProtocolVersion> Versions { get; private set; } = [];

    public ProtocolVersion Shown { get; private set; } = ProtocolCatalog.Shipped;

    public bool MayEdit { get; private set; }

    [BindProperty(SupportsGet = true)]
    public int? Version { get; set; }

    [BindProperty]
    public string? Json { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!MayRead())
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        Json = System.Text.Json.JsonSerializer.Serialize(Versions[0], ProtocolCatalog.JsonOptions);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!AccessPolicy.Can(User.ToBeaconUser(), Permission.EditProtocol))
        {
            return Forbid();
        }

        var saved = await recorder.SaveAsync(Json ?? "", User.Identity!.Name!, cancellationToken);
        if (!saved.Succeeded)
        {
            ModelState.AddProblem(saved.Problem!, nameof(Json));
            await LoadAsync(cancellationToken);
            return Page();
        }

        return this.RedirectWithBanner(
            $"/schools/protocol?version={saved.Value.Version}",
            $"Version {saved.Value.Version} of the criteria is saved and in force for new reviews."
        );
    }

    private bool MayRead() =>
        AccessPolicy.Can(User.ToBeaconUser(), Permission.RateSchools) || AccessPolicy.Can(User.ToBeaconUser(), Permission.EditProtocol);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Versions = await ProtocolVersions.AllAsync(db, cancellationToken);
        Shown = Versions.FirstOrDefault(v => v.Version == Version) ?? Versions[0];
        MayEdit = AccessPolicy.Can(User.ToBeaconUser(), Permission.EditProtocol);
    }
}
