using System.CommandLine;
using Beacon.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Cli.Commands;

/// <summary><c>beacon imports</c>: the import history, newest first.</summary>
internal static class ImportsCommand
{
    public static Command Create()
    {
        var command = new Command("imports", "List completed imports, newest first");
        command.SetAction(
            async (parse, cancellationToken) =>
            {
                await using var scope = await CommandServices.OpenAsync(parse, cancellationToken);
                var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
                var runs = await db.ImportRuns.OrderByDescending(r => r.Id).Take(100).ToListAsync(cancellationToken);
                Console.WriteLine(
                    $"{"Id", 5} {"Finished (UTC)", -19} {"By", -20} {"Rows", 10} {"Inserted", 10} {"Updated", 9} {"Unchanged", 10}  File (SHA-256)"
                );
                foreach (var run in runs)
                {
                    Console.WriteLine(
                        $"{run.Id, 5} {run.FinishedAtUtc:yyyy-MM-dd HH:mm:ss} {run.ImportedBy, -20} {run.RowsRead, 10:N0} {run.Inserted, 10:N0} {run.Updated, 9:N0} {run.Unchanged, 10:N0}  {run.SourceName} ({run.Sha256[..12]})"
                    );
                }

                return 0;
            }
        );
        return command;
    }
}
