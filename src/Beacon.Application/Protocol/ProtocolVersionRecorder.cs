using System.Text;
using Beacon.Data;
using Beacon.Data.Protocol;
using Beacon.Domain;
using Beacon.Domain.Protocol;

namespace Beacon.Application.Protocol;

/// <summary>New versions of the protocol's criteria, saved by an administrator; an old version is never changed.</summary>
public sealed class ProtocolVersionRecorder(BeaconDbContext db, TimeProvider clock)
{
    /// <summary>The problem's code where the criteria do not read.</summary>
    public const string Invalid = "invalid";

    /// <summary>Saves the JSON as the next version; the reason it is refused otherwise, naming what is wrong.</summary>
    public async Task<Result<ProtocolVersion>> SaveAsync(string json, string savedBy, CancellationToken cancellationToken)
    {
        ProtocolVersion parsed;
        try
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
            parsed = ProtocolCatalog.Read(stream);
        }
        catch (Exception e) when (e is InvalidDataException or System.Text.Json.JsonException)
        {
            return Result.Failure(Invalid, "The criteria are not valid: " + e.Message);
        }

        if (
            parsed.Criteria.Count == 0
            || parsed.Criteria.Select(c => c.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count() != parsed.Criteria.Count
        )
        {
            return Result.Failure(
                Invalid,
                "The criteria are not valid: every criterion needs a code of its own, and there must be at least one."
            );
        }

        var next = (await ProtocolVersions.AllAsync(db, cancellationToken)).Max(v => v.Version) + 1;
        var version = parsed with { Version = next };
        db.ProtocolVersions.Add(
            new ProtocolVersionRecord
            {
                Version = next,
                InForceFrom = version.InForceFrom,
                Title = version.Title,
                Json = System.Text.Json.JsonSerializer.Serialize(version, ProtocolCatalog.JsonOptions),
                SavedBy = savedBy,
                SavedAtUtc = clock.GetUtcNow().UtcDateTime,
            }
        );
        db.AuditScope.Reason = $"protocol version {next}";
        await db.SaveChangesAsync(cancellationToken);
        return version;
    }
}
