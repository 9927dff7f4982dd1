using System.CommandLine;
using Beacon.Application.Statistics;
using Beacon.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Cli.Commands;

/// <summary><c>beacon datasets [NAME]</c>: the datasets loaded, or one dataset's filters, measures, periods, levels and imports.</summary>
internal static class DatasetsCommand
{
    public static Command Create()
    {
        var name = new Argument<string?>("name") { Description = "A dataset to show in full", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("datasets", "List the datasets loaded, or show what one holds") { name };
        command.SetAction(
            async (parse, cancellationToken) =>
            {
                await using var scope = await CommandServices.OpenAsync(parse, cancellationToken);
                var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
                if (parse.GetValue(name) is not { } dataset)
                {
                    foreach (var (each, figures) in await DatasetContents.ListAsync(db, cancellationToken))
                    {
                        Console.WriteLine($"{figures, 12:N0}  {each}");
                    }

                    return 0;
                }

                if (await DatasetContents.ReadAsync(db, dataset, cancellationToken) is not { } contents)
                {
                    await Console.Error.WriteLineAsync($"no dataset called '{dataset}' is loaded; 'beacon datasets' lists them");
                    return 1;
                }

                Console.WriteLine($"Dataset {contents.Name}: {contents.Figures:N0} figures");
                Console.WriteLine($"Geographic levels: {string.Join("; ", contents.Levels.Select(l => $"{l.Level} ({l.Figures:N0})"))}");
                Console.WriteLine($"Periods ({contents.Periods.Count}): {string.Join(", ", contents.Periods)}");
                Console.WriteLine($"Measures ({contents.Measures.Count}): {string.Join(", ", contents.Measures)}");
                Console.WriteLine(contents.Filters.Count == 0 ? "Filters: none" : "Filters:");
                foreach (var (column, values) in contents.Filters)
                {
                    Console.WriteLine($"  {column} ({values.Count}): {string.Join(" | ", values)}");
                }

                Console.WriteLine("Imports:");
                foreach (var run in contents.Imports)
                {
                    Console.WriteLine(
                        $"  run {run.Id} {run.FinishedAtUtc:yyyy-MM-dd HH:mm} by {run.ImportedBy}: {run.SourceName}, {run.RowsRead:N0} rows ({run.Inserted:N0} inserted, {run.Updated:N0} updated, {run.Unchanged:N0} unchanged), SHA-256 {run.Sha256[..12]}"
                    );
                }

                return 0;
            }
        );
        return command;
    }
}
