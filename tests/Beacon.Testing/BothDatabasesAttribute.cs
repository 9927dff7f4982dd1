using System.Reflection;
using Beacon.Data;
using Xunit;
using Xunit.Sdk;
using Xunit.v3;

namespace Beacon.Testing;

/// <summary>Runs a theory once on SQLite and once on PostgreSQL; its parameter is the <see cref="DatabaseProvider"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BothDatabasesAttribute : DataAttribute
{
    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker) =>
        new([new TheoryDataRow<DatabaseProvider>(DatabaseProvider.Sqlite), new TheoryDataRow<DatabaseProvider>(DatabaseProvider.Postgres)]);

    public override bool SupportsDiscoveryEnumeration() => true;
}
