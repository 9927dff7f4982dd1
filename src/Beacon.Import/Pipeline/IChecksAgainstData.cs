using Beacon.Data;

namespace Beacon.Import.Pipeline;

/// <summary>
/// A layout whose rows name data already loaded (a definition names a dataset, a measure and filters): checked
/// against the database after the file itself has checked, before anything is written.
/// </summary>
public interface IChecksAgainstData
{
    Task CheckAsync(BeaconDbContext db, string path, ImportErrors errors, CancellationToken cancellationToken);
}
