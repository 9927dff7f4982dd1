using Beacon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Data.Tests;

/// <summary>Each engine's migrations build exactly the model the code has: a change to the model comes with its migration.</summary>
public sealed class MigrationsTests
{
    [Theory]
    [BothDatabases]
    public async Task The_model_has_no_change_that_a_migration_does_not_hold(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();

        Assert.False(db.Database.HasPendingModelChanges(), $"Add a migration for {provider}: the model has changed since the last one.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
    }
}
