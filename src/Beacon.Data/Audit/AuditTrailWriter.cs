using System.Reflection;
using System.Text.Json;
using Beacon.Data.Organisations;
using Beacon.Domain.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Beacon.Data.Audit;

/// <summary>Turns the audited changes a unit of work is about to save into audit entries.</summary>
internal static class AuditTrailWriter
{
    // Secrets and concurrency tokens say nothing about a decision and must never be copied out.
    private static readonly HashSet<string> Excluded =
    [
        nameof(IdentityUser.PasswordHash),
        nameof(IdentityUser.SecurityStamp),
        nameof(IdentityUser.ConcurrencyStamp),
    ];

    // Identity's own types cannot carry the attribute, so they are named here.
    private static readonly Dictionary<Type, string> IdentityTypes = new()
    {
        [typeof(IdentityRole)] = "Role",
        [typeof(IdentityUserRole<string>)] = "UserRole",
        [typeof(IdentityUserClaim<string>)] = "UserClaim",
    };

    /// <summary>
    /// Builds an entry for every added, modified or deleted audited entity. Entries for new rows whose key the
    /// database has yet to give are returned with them, to be completed once it has (<see cref="Complete"/>).
    /// </summary>
    public static (List<(AuditEntry Entry, int Owner)> Entries, List<(AuditEntry Entry, EntityEntry Row)> AwaitingKeys) Describe(
        ChangeTracker tracker,
        AuditScope scope,
        DateTime nowUtc
    )
    {
        var entries = new List<(AuditEntry, int)>();
        var awaitingKeys = new List<(AuditEntry, EntityEntry)>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var entityType = EntityTypeName(entry.Entity.GetType());
            if (entityType is null)
            {
                continue;
            }

            var before = entry.State == EntityState.Added ? null : Snapshot(entry, original: true);
            var after = entry.State == EntityState.Deleted ? null : Snapshot(entry, original: false);
            if (entry.State == EntityState.Modified && before == after)
            {
                continue;
            }

            var audit = new AuditEntry
            {
                OccurredAtUtc = nowUtc,
                Actor = scope.Actor,
                EntityType = entityType,
                EntityId = KeyOf(entry),
                Action = (
                    entry.State switch
                    {
                        EntityState.Added => AuditAction.Created,
                        EntityState.Deleted => AuditAction.Deleted,
                        _ => AuditAction.Changed,
                    }
                ).ToString(),
                Before = before,
                After = after,
                Reason = scope.Reason,
            };
            entries.Add((audit, OrganisationOwnership.OwnerOf(entry) ?? scope.OrganisationId ?? Organisation.Home));
            if (entry.State == EntityState.Added && entry.Properties.Any(p => p.IsTemporary))
            {
                awaitingKeys.Add((audit, entry));
            }
        }

        return (entries, awaitingKeys);
    }

    /// <summary>Writes the keys the database gave into the entries of the rows it just created.</summary>
    public static void Complete(IEnumerable<(AuditEntry Entry, EntityEntry Row)> awaitingKeys)
    {
        foreach (var (audit, row) in awaitingKeys)
        {
            audit.EntityId = KeyOf(row);
            audit.After = Snapshot(row, original: false);
        }
    }

    private static string? EntityTypeName(Type type) =>
        type.GetCustomAttribute<AuditedAttribute>()?.EntityType ?? IdentityTypes.GetValueOrDefault(type);

    private static string KeyOf(EntityEntry entry) =>
        string.Join(
            "/",
            entry
                .Metadata.FindPrimaryKey()!
                .Properties.Select(p =>
                    Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)
                )
        );

    private static string Snapshot(EntityEntry entry, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            // The owner is the entry's own column, not a field of the decision.
            if (!Excluded.Contains(property.Metadata.Name) && property.Metadata.Name != OrganisationOwnership.Column)
            {
                var value = original ? property.OriginalValue : property.CurrentValue;
                // As stored: an enum by its name, a decimal without trailing zeros.
                var converter = property.Metadata.GetValueConverter() ?? property.Metadata.FindTypeMapping()?.Converter;
                values[property.Metadata.Name] = converter is not null && value is not null ? converter.ConvertToProvider(value) : value;
            }
        }

        return JsonSerializer.Serialize(values);
    }
}
