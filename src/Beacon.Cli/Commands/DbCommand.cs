using System.CommandLine;
using Beacon.Data;

namespace Beacon.Cli.Commands;

/// <summary><c>beacon db migrate|backup|restore</c>: the configured database brought up to date, copied, put back.</summary>
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
        var backupFile = new Argument<FileInfo>("file") { Description = "The backup file to write (it must not exist)" };
        var backup = new Command("backup", "Take a consistent copy of the database while Beacon runs") { backupFile };
        backup.SetAction(
            async (parse, cancellationToken) =>
                Report(
                    await DatabaseBackup.BackupAsync(CliSettings.Database(parse), parse.GetValue(backupFile)!.FullName, cancellationToken),
                    $"Backed up to {parse.GetValue(backupFile)!.FullName}."
                )
        );
        var restoreFile = new Argument<FileInfo>("file") { Description = "A backup taken with beacon db backup" };
        var restore = new Command("restore", "Replace the database with a backup (stop Beacon first)") { restoreFile };
        restore.SetAction(
            async (parse, cancellationToken) =>
                Report(
                    await DatabaseBackup.RestoreAsync(
                        CliSettings.Database(parse),
                        parse.GetValue(restoreFile)!.FullName,
                        cancellationToken
                    ),
                    $"Restored from {parse.GetValue(restoreFile)!.FullName} and brought up to this version's schema."
                )
        );
        return new Command("db", "Database tasks") { migrate, backup, restore };
    }

    private static int Report(Domain.Result result, string done)
    {
        if (result.Problem is { } problem)
        {
            Console.Error.WriteLine(problem.Message);
            return 1;
        }

        Console.WriteLine(done);
        return 0;
    }
}
