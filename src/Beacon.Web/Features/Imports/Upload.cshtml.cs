using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Import.DfeOpenData;
using Beacon.Import.Pipeline;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Imports;

/// <summary>Upload a file; the same pipeline and validation report as <c>beacon import</c>.</summary>
[RequirePermission(Permission.ImportData)]
public sealed class UploadModel(BeaconDbContext db, ImportPipeline pipeline, ImportOptions options, TimeProvider clock) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Dataset { get; set; }

    [BindProperty]
    public string Format { get; set; } = DfeOpenDataFormat.FormatName;

    public ImportOutcome? Outcome { get; private set; }

    public long MaxFileBytes => options.MaxFileBytes;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), Upload is null ? "Select a file to import" : "The selected file is empty");
            return Page();
        }

        var sourceName = Path.GetFileName(Upload.FileName);
        if (ImportFormats.ChildLevel.Contains(Format))
        {
            ModelState.AddModelError(nameof(Format), "Select a format Beacon can read");
            return Page();
        }

        var created = await ImportFormats.CreateAsync(db, Format, sourceName, Dataset, null, clock, cancellationToken);
        if (!created.Succeeded)
        {
            var problem = created.Problem!;
            ModelState.AddModelError(
                problem.Code == ImportFormats.DatasetNeeded ? nameof(Dataset) : nameof(Format),
                problem.Code == ImportFormats.DatasetNeeded ? Capitalised(problem.Message) : "Select a format Beacon can read"
            );
            return Page();
        }

        var format = created.Value;

        Outcome = await UploadedFile.WithCopyAsync(
            Upload,
            file => pipeline.RunAsync(db, format, file, sourceName, User.Identity!.Name!, cancellationToken: cancellationToken),
            cancellationToken
        );
        if (!Outcome.Succeeded)
        {
            ModelState.AddModelError(nameof(Upload), $"{sourceName} was not imported: {Outcome.Errors.Total:N0} problem(s) found");
        }

        return Page();
    }

    private static string Capitalised(string sentence) => string.Concat(sentence[..1].ToUpperInvariant(), sentence[1..]);
}
