using System.CommandLine;
using Beacon.Data;

namespace Beacon.Cli.Commands;

/// <summary><c>beacon db migrate</c>: creates or brings the configured database up to date.</summary>
internal static class DbCommand
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Apply every pending migration to the configured database");
        migrate.SetAction(
            async (parse, cancellationToken) =>
            {
                var options = CliSettings.Database(parse);
                await using var db = BeaconDatabase.CreateContext(options);
                await BeaconDatabase.MigrateAsync(db, cancellationToken);
                Console.WriteLine($"The {options.Provider} database is up to date.");
                return 0;
            }
        );
        return new Command("db", "Database tasks") { migrate };
    }
}
