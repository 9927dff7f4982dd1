using Beacon.Data;
using Beacon.Data.Audit;
using Beacon.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Audit;

/// <summary>
/// The audit trail as one reader may see it: every entry's existence, and the contents only of those whose record
/// the reader may see (child-level entries for those allowed child-level data, ratings for those who see ratings).
/// </summary>
public static class AuditTrail
{
    /// <summary>The most entries one read returns, newest first.</summary>
    public const int PageSize = 200;

    /// <summary>The kinds of record with entries, for the filter.</summary>
    public static async Task<IReadOnlyList<string>> EntityTypesAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.AuditEntries.Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
    }

    /// <summary>The newest entries matching the filter, with what the reader may not see withheld.</summary>
    public static async Task<IReadOnlyList<AuditLine>> ReadAsync(
        BeaconDbContext db,
        BeaconUser reader,
        AuditFilter filter,
        int limit,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            query = query.Where(a => a.EntityType == filter.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var actor = filter.Actor.Trim();
            query = query.Where(a => a.Actor.Contains(actor));
        }

        if (filter.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.OccurredAtUtc >= start);
        }

        // The last day there is has no day after it to stop before.
        if (filter.To is { } to && to < DateOnly.MaxValue)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.OccurredAtUtc < end);
        }

        var entries = await query.OrderByDescending(a => a.Id).Take(limit).ToListAsync(cancellationToken);
        return entries.Select(e => Line(e, reader)).ToList();
    }

    private static AuditLine Line(AuditEntry entry, BeaconUser reader) =>
        AccessPolicy.CanReadAuditEntry(reader, AuditedTypes.Of(entry.EntityType))
            ? new(
                entry.Id,
                entry.OccurredAtUtc,
                entry.Actor,
                entry.Action,
                entry.EntityType,
                entry.EntityId,
                entry.Before,
                entry.After,
                entry.Reason,
                Withheld: false
            )
            : new(entry.Id, entry.OccurredAtUtc, entry.Actor, entry.Action, entry.EntityType, null, null, null, null, Withheld: true);
}
