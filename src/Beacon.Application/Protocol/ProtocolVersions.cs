using System.Text;
using Beacon.Data;
using Beacon.Data.Protocol;
using Beacon.Domain.Protocol;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Protocol;

/// <summary>
/// The protocol's criteria as the authority keeps them: saved versions in the database, or the shipped 2013
/// criteria (versions 1 and 2) beside them. A saved version is never changed.
/// </summary>
public static class ProtocolVersions
{
    /// <summary>Every version, newest first; the shipped one where none is saved.</summary>
    public static async Task<IReadOnlyList<ProtocolVersion>> AllAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        var saved = await db.ProtocolVersions.AsNoTracking().OrderByDescending(v => v.Version).ToListAsync(cancellationToken);
        var versions = saved.Select(Parse).ToList();
        versions.AddRange(ProtocolCatalog.ShippedVersions.Where(shipped => saved.All(s => s.Version != shipped.Version)));
        return versions.OrderByDescending(v => v.Version).ToList();
    }

    /// <summary>The newest version in force on a date (the first version where none is yet).</summary>
    public static async Task<ProtocolVersion> InForceAsync(BeaconDbContext db, DateOnly date, CancellationToken cancellationToken)
    {
        var all = await AllAsync(db, cancellationToken);
        return all.FirstOrDefault(v => v.InForceFrom <= date) ?? all[^1];
    }

    public static async Task<ProtocolVersion> NumberedAsync(BeaconDbContext db, int version, CancellationToken cancellationToken) =>
        (await AllAsync(db, cancellationToken)).FirstOrDefault(v => v.Version == version)
        ?? throw new InvalidOperationException($"protocol version {version} is not saved");

    private static ProtocolVersion Parse(ProtocolVersionRecord record)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(record.Json));
        return ProtocolCatalog.Read(stream) with { Version = record.Version };
    }
}
