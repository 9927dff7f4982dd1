using Microsoft.EntityFrameworkCore;

namespace Beacon.Data.Audit;

/// <summary>
/// A number that grows whenever audited data changes: the newest audit entry's id. Every change to an
/// audited entity writes an entry in the same transaction, so a cache keyed by it is never stale, and
/// reading it is one index lookup, on every server of a multi-user deployment alike.
/// </summary>
public static class DataVersion
{
    public static async Task<long> CurrentAsync(BeaconDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.AuditEntries.MaxAsync(a => (long?)a.Id, cancellationToken) ?? 0;
    }
}
