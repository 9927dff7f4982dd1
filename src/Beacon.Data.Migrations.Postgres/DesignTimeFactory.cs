using Microsoft.EntityFrameworkCore.Design;

namespace Beacon.Data.Migrations.Postgres;

/// <summary>Lets <c>dotnet ef</c> build the model for PostgreSQL migrations (no server is contacted).</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<BeaconDbContext>
{
    public BeaconDbContext CreateDbContext(string[] args) =>
        BeaconDatabase.CreateContext(
            new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = "Host=127.0.0.1;Database=beacon" }
        );
}
