using System.Linq.Expressions;
using Beacon.Data.Accounts;
using Beacon.Data.Benchmarking;
using Beacon.Data.Lait;
using Beacon.Data.Schools;
using Beacon.Data.SocialCare;
using Beacon.Data.Statistics;
using Beacon.Domain.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Beacon.Data.Organisations;

/// <summary>
/// Which records an organisation owns, and the lock that keeps them its own. Every Beacon table is owned unless it
/// holds national data shared by all (listed here), so a new table is private until someone decides otherwise. An
/// owned row carries <see cref="Column"/>; every query sees only the acting organisation's rows (the context's
/// <see cref="BeaconDbContext.OrganisationScope"/>, which <c>AccessPolicy.OrganisationScope</c> sets); every save
/// stamps new rows with it and refuses to change another's. On PostgreSQL, row-level security on the same column is
/// a second lock under this one.
/// </summary>
public static class OrganisationOwnership
{
    /// <summary>The owner's id, a shadow property on every owned entity (column <c>organisation_id</c>).</summary>
    public const string Column = "OrganisationId";

    /// <summary>The organisation setting PostgreSQL's row-level security reads: an id, or <c>all</c>.</summary>
    public const string PostgresSetting = "beacon.organisation";

    // DfE's and Ofsted's data, LAIT's and the register: the same for every authority.
    private static readonly HashSet<Type> National =
    [
        typeof(StatisticRecord),
        typeof(School),
        typeof(Inspection),
        typeof(StatisticalNeighbour),
        typeof(BenchmarkIndicatorRecord),
        typeof(LaitGeography),
        typeof(LaitDictionaryEntry),
        typeof(AuthorityInspection),
        typeof(FloorStandardsVersion),
        typeof(Organisation),
        // An account names its organisation itself (BeaconAccount.OrganisationId): signing in reads it before anyone is known.
        typeof(BeaconAccount),
    ];

    /// <summary>True for an entity an organisation owns.</summary>
    public static bool IsOwned(IReadOnlyEntityType type) =>
        type.ClrType.Assembly == typeof(OrganisationOwnership).Assembly && !type.IsOwned() && !National.Contains(type.ClrType);

    /// <summary>The owned tables, for the migration that turns on PostgreSQL's row-level security.</summary>
    public static IEnumerable<string> OwnedTables(IModel model) =>
        model.GetEntityTypes().Where(IsOwned).Select(t => t.GetTableName()!).Distinct().Order(StringComparer.Ordinal);

    /// <summary>Adds the owner column, makes unique keys unique within an organisation, and filters every query.</summary>
    internal static void Apply(ModelBuilder builder, BeaconDbContext context)
    {
        foreach (var type in builder.Model.GetEntityTypes().Where(IsOwned).ToList())
        {
            var owner = type.AddProperty(Column, typeof(int));
            owner.SetDefaultValue(Organisation.Home);
            foreach (var unique in type.GetIndexes().Where(i => i.IsUnique).ToList())
            {
                var name = unique.GetDatabaseName();
                var filter = unique.GetFilter();
                type.RemoveIndex(unique);
                var scoped = type.AddIndex([owner, .. unique.Properties]);
                scoped.IsUnique = true;
                scoped.SetDatabaseName(name);
                scoped.SetFilter(filter);
            }

            // Every request reads its organisation's newest audit entry (the data version its caches are keyed by).
            if (type.ClrType == typeof(Audit.AuditEntry))
            {
                type.AddIndex([owner, type.FindProperty(nameof(Audit.AuditEntry.Id))!]);
            }

            type.SetQueryFilter(Filter(type.ClrType, context));
        }
    }

    // e => context.OrganisationScope == null || EF.Property<int>(e, "OrganisationId") == context.OrganisationScope
    private static LambdaExpression Filter(Type entity, BeaconDbContext context)
    {
        var row = Expression.Parameter(entity, "row");
        var scope = Expression.Property(Expression.Constant(context), nameof(BeaconDbContext.OrganisationScope));
        var owner = Expression.Convert(
            Expression.Call(typeof(EF), nameof(EF.Property), [typeof(int)], row, Expression.Constant(Column)),
            typeof(int?)
        );
        var body = Expression.OrElse(Expression.Equal(scope, Expression.Constant(null, typeof(int?))), Expression.Equal(owner, scope));
        return Expression.Lambda(body, row);
    }

    /// <summary>
    /// Gives new owned rows the acting organisation and refuses a change to another organisation's row, whatever the
    /// caller asked: the query filter keeps such rows out of reach, and this keeps a mistake from writing past it.
    /// </summary>
    internal static void Stamp(ChangeTracker tracker, int? scope)
    {
        foreach (var entry in tracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            if (!IsOwned(entry.Metadata))
            {
                continue;
            }

            var owner = entry.Property(Column);
            if (entry.State == EntityState.Added)
            {
                owner.CurrentValue = scope is null && (int)owner.CurrentValue! != 0 ? owner.CurrentValue : OwnerOfNewRows(scope);
            }
            else if (scope is { } acting && (int)owner.OriginalValue! != acting)
            {
                throw new InvalidOperationException(
                    $"{entry.Metadata.ClrType.Name} belongs to organisation {owner.OriginalValue}, not {acting}: refused."
                );
            }
        }
    }

    /// <summary>
    /// Who owns the rows a unit of work adds: the acting organisation, or the deployment's own for the operator's
    /// work. Bulk writers that bypass the change tracker write it themselves.
    /// </summary>
    public static int OwnerOfNewRows(int? scope) =>
        scope switch
        {
            OrganisationScope.None => throw new InvalidOperationException("Nobody signed in owns records: refused."),
            { } acting => acting,
            null => Organisation.Home,
        };

    /// <summary>The owner of a tracked row, or null for a row nobody owns.</summary>
    internal static int? OwnerOf(EntityEntry entry) =>
        entry.Entity switch
        {
            BeaconAccount account => account.OrganisationId,
            _ when IsOwned(entry.Metadata) => (int?)entry.Property(Column).CurrentValue,
            _ => null,
        };
}
