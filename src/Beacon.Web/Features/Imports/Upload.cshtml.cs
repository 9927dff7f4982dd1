using Beacon.Application.Imports;
using Beacon.Domain.Access;
using Beacon.Import.DfeOpenData;
using Beacon.Import.Pipeline;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Imports;

/// <summary>Upload a file; the same pipeline and validation report as <c>beacon import</c>.</summary>
[RequirePermission(Permission.ImportData)]
public sealed class UploadModel(FileImporter importer, ImportOptions options) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Dataset { get; set; }

    [BindProperty]
    public string Format { get; set; } = DfeOpenDataFormat.FormatName;

    public ImportOutcome? Outcome { get; private set; }

    public long MaxFileBytes => options.MaxFileBytes;

    /// <summary>
    /// The formats this person may import here. Child-level lists come in only on the Annex A page, which only
    /// those allowed child-level data can open.
    /// </summary>
    public IReadOnlyList<ImportFormatInfo> Formats =>
        FileImporter.FormatsFor(User.ToBeaconUser()).Where(f => !ImportFormats.ChildLevel.Contains(f.Name)).ToList();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Formats.Any(f => f.Name == Format))
        {
            ModelState.AddModelError(nameof(Format), "Select a format you may import");
            return Page();
        }

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), Upload is null ? "Select a file to import" : "The selected file is empty");
            return Page();
        }

        var sourceName = Path.GetFileName(Upload.FileName);
        var imported = await UploadedFile.WithCopyAsync(
            Upload,
            file =>
                importer.RunAsync(
                    User.ToBeaconUser(),
                    new FileToImport(Format, file, sourceName, Dataset),
                    progress: null,
                    cancellationToken
                ),
            cancellationToken
        );
        if (!imported.Succeeded)
        {
            var problem = imported.Problem!;
            ModelState.AddModelError(
                problem.Code == ImportFormats.DatasetNeeded ? nameof(Dataset) : nameof(Format),
                problem.Code == ImportFormats.DatasetNeeded ? Sentences.Capitalised(problem.Message) : "Select a format you may import"
            );
            return Page();
        }

        Outcome = imported.Value;
        if (!Outcome.Succeeded)
        {
            ModelState.AddModelError(nameof(Upload), $"{sourceName} was not imported: {Outcome.Errors.Total:N0} problem(s) found");
        }

        return Page();
    }
}
