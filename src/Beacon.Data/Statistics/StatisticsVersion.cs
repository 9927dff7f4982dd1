using Microsoft.EntityFrameworkCore;

namespace Beacon.Data.Statistics;

/// <summary>
/// A number that grows whenever the statistics can have changed: the newest import run's id. Only an import writes
/// statistics and every import is a run, so a cache of figures keyed by it is never stale; reading it is one index
/// lookup. The statistics' counterpart of <see cref="Audit.DataVersion"/>.
/// </summary>
public static class StatisticsVersion
{
    public static async Task<long> CurrentAsync(BeaconDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        // National figures are everyone's, whoever's import run loaded them: the newest run of any organisation, past
        // PostgreSQL's row-level security too. Only the number is read.
        using var across = db.AcrossOrganisations();
        return await db.ImportRuns.MaxAsync(r => (long?)r.Id, cancellationToken) ?? 0;
    }
}
