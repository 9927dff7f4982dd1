using Microsoft.EntityFrameworkCore.Design;

namespace Beacon.Data.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the model for SQLite migrations.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<BeaconDbContext>
{
    public BeaconDbContext CreateDbContext(string[] args) =>
        BeaconDatabase.CreateContext(
            new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=design-time.db" }
        );
}
