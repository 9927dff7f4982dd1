using Beacon.Data;
using Beacon.Data.Statistics;

namespace Beacon.Import.Pipeline;

/// <summary>
/// One official file layout. The pipeline calls <see cref="Validate"/> over the whole file first and
/// writes only when it found nothing wrong, so a format never has to undo a half-written file.
/// </summary>
public interface IImportFormat
{
    /// <summary>The name commands and the import history use, e.g. <c>dfe-open-data</c>.</summary>
    string Name { get; }

    /// <summary>Reads every row, recording every problem; returns the number of data rows read.</summary>
    long Validate(string path, ImportErrors errors, IProgress<ImportProgress>? progress, CancellationToken cancellationToken);

    /// <summary>Writes the validated file inside the pipeline's transaction.</summary>
    Task<BulkWriteCounts> WriteAsync(
        BeaconDbContext db,
        string path,
        long importRunId,
        IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken
    );

    /// <summary>The dataset the file's rows are filed under.</summary>
    string Dataset { get; }
}

/// <summary>How far an import has got: its stage, and rows done of rows expected (0 when not yet known).</summary>
public readonly record struct ImportProgress(string Stage, long Done, long Expected);
