using Beacon.Application.Imports;
using Beacon.Application.SectorLed;
using Beacon.Data.Organisations;
using Beacon.Domain.Access;
using Beacon.Import.Pipeline;
using Beacon.Import.SectorLed;
using Beacon.Web.Access;
using Beacon.Web.Features.Imports;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.SectorLed;

/// <summary>The authority's returns of its region's quarterly core dataset: each call, its deadline, and the return made.</summary>
[RequirePermission(Permission.ViewPerformance)]
public sealed class CoreDatasetModel(CoreDatasetReturns returns, FileImporter importer, TimeProvider clock) : PageModel
{
    public Organisation? Body { get; private set; }

    public IReadOnlyList<CoreDatasetReturn> Returns { get; private set; } = [];

    public DateTime NowUtc => clock.GetUtcNow().UtcDateTime;

    public bool MayReturn => AccessPolicy.CanImport(User.ToBeaconUser(), Permission.EditPerformance);

    [BindProperty]
    public string? Quarter { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public ImportOutcome? Outcome { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!MayReturn)
        {
            return Forbid();
        }

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), Upload is null ? "Select the return to send" : "The selected file is empty");
            await LoadAsync(cancellationToken);
            return Page();
        }

        var sourceName = Path.GetFileName(Upload.FileName);
        var imported = await UploadedFile.WithCopyAsync(
            Upload,
            file =>
                importer.RunAsync(
                    User.ToBeaconUser(),
                    new FileToImport(CoreDatasetFormat.FormatName, file, sourceName, Quarter),
                    progress: null,
                    cancellationToken
                ),
            cancellationToken
        );
        if (imported is { Succeeded: true, Value.Succeeded: true })
        {
            return this.RedirectWithBanner("/performance/core-dataset", $"The return for {Quarter} is sent to the region.");
        }

        if (imported.Succeeded)
        {
            Outcome = imported.Value;
            ModelState.AddModelError(nameof(Upload), $"{sourceName} was not sent: {Outcome.Errors.Total:N0} problem(s) found");
        }
        else
        {
            ModelState.AddModelError(nameof(Upload), Sentences.Capitalised(imported.Problem!.Message));
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        (Body, Returns) = await returns.ForAuthorityAsync(User.ToBeaconUser(), cancellationToken);
}
