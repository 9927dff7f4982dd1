using Beacon.Data;
using Beacon.Domain;
using Beacon.Domain.Access;
using Beacon.Import.Pipeline;

namespace Beacon.Application.Imports;

/// <summary>
/// A file brought into Beacon by a person, on the web or the command line: the same check of what they may import,
/// the same reader, and the same pipeline.
/// </summary>
public sealed class FileImporter(BeaconDbContext db, ImportPipeline pipeline, TimeProvider clock)
{
    /// <summary>The problem's code when the person may not edit what the format writes.</summary>
    public const string NotPermitted = "not-permitted";

    /// <summary>The formats the person may import, in the order they are offered.</summary>
    public static IReadOnlyList<ImportFormatInfo> FormatsFor(BeaconUser user) =>
        ImportFormats.All.Where(f => AccessPolicy.CanImport(user, f.Writes)).ToList();

    /// <summary>
    /// Checks that the person may import the format, reads the file and writes it in one transaction; a format the
    /// person may not import, or one that needs a dataset it was not given, is a problem and nothing is read.
    /// </summary>
    public async Task<Result<ImportOutcome>> RunAsync(
        BeaconUser user,
        FileToImport file,
        IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(file);
        var info = ImportFormats.Find(file.Format);
        if (info is not null && !AccessPolicy.CanImport(user, info.Writes))
        {
            return Result.Failure(
                NotPermitted,
                $"{user.UserName} may not import {info.Name}: it writes what only those allowed to {Describe(info.Writes)} may change"
            );
        }

        var created = await ImportFormats.CreateAsync(
            db,
            file.Format,
            file.SourceName,
            file.Dataset,
            file.FilterNames,
            clock,
            cancellationToken
        );
        if (!created.Succeeded)
        {
            return created.Problem!;
        }

        return await pipeline.RunAsync(db, created.Value, file.Path, file.SourceName, user.UserName, progress, cancellationToken);
    }

    private static string Describe(Permission writes) =>
        writes switch
        {
            Permission.EditPerformance => "edit the performance framework",
            Permission.EditFinance => "edit finance",
            Permission.EditSchools => "edit the schools' records",
            Permission.EditSocialCare => "edit social care records",
            _ => "import data",
        };
}
