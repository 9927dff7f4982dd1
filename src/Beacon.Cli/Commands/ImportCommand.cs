using System.CommandLine;
using Beacon.Data;
using Beacon.Import.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Beacon.Cli.Commands;

/// <summary>
/// <c>beacon import FORMAT FILE</c>: validates the whole file, then writes it in one transaction.
/// Exit code 1 and a report of every problem (file, row, column, value, reason) when it is rejected.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var import = new Command("import", "Import an official file");
        foreach (var (name, description) in ImportFormats.All)
        {
            import.Subcommands.Add(FormatCommand(name, description));
        }

        return import;
    }

    private static Command FormatCommand(string formatName, string description)
    {
        var file = new Argument<FileInfo>("file") { Description = "The CSV or XLSX file" };
        var dataset = new Option<string?>("--dataset")
        {
            Description = "The dataset to file it under (DfE open data; default: the file name)",
        };
        var filters = new Option<string[]>("--filters")
        {
            Description = "Name the filter columns instead of letting Beacon tell them from measures (DfE open data)",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command(formatName, description) { file, dataset, filters };
        command.SetAction(
            async (parse, cancellationToken) =>
            {
                var path = parse.GetValue(file)!;
                if (!path.Exists)
                {
                    await Console.Error.WriteLineAsync($"{path.Name}: the file does not exist");
                    return 1;
                }

                await using var scope = await CommandServices.OpenAsync(parse, cancellationToken);
                var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
                var named = parse.GetValue(filters) is { Length: > 0 } given ? given : null;
                var created = await ImportFormats.CreateAsync(
                    db,
                    formatName,
                    path.Name,
                    parse.GetValue(dataset),
                    named,
                    TimeProvider.System,
                    cancellationToken
                );
                if (!created.Succeeded)
                {
                    var pass = created.Problem!.Code == ImportFormats.DatasetNeeded ? " Pass it with --dataset." : "";
                    await Console.Error.WriteLineAsync($"{path.Name} was not imported: {created.Problem.Message}.{pass}");
                    return 1;
                }

                var pipeline = scope.ServiceProvider.GetRequiredService<ImportPipeline>();
                var outcome = await WithProgressAsync(progress =>
                    pipeline.RunAsync(db, created.Value, path.FullName, path.Name, CommandServices.Operator, progress, cancellationToken)
                );
                return Report(outcome);
            }
        );
        return command;
    }

    private static int Report(ImportOutcome outcome)
    {
        if (outcome.Run is { } run)
        {
            Console.WriteLine(
                $"Imported {run.SourceName} into dataset {run.Dataset}: {run.RowsRead:N0} rows read; figures {run.Inserted:N0} inserted, {run.Updated:N0} updated, {run.Unchanged:N0} unchanged. Import run {run.Id}, SHA-256 {run.Sha256}."
            );
            return 0;
        }

        foreach (var error in outcome.Errors.Kept)
        {
            Console.Error.WriteLine(error);
        }

        if (outcome.Errors.Total > outcome.Errors.Kept.Count)
        {
            Console.Error.WriteLine($"... and {outcome.Errors.Total - outcome.Errors.Kept.Count:N0} more problems.");
        }

        Console.Error.WriteLine(
            $"{outcome.Errors.File} was not imported: {outcome.Errors.Total:N0} problem(s). The database has not been changed."
        );
        return 1;
    }

    // A progress bar at a terminal; plain lines on standard error otherwise, so logs and tests can follow along.
    private static async Task<ImportOutcome> WithProgressAsync(Func<IProgress<ImportProgress>, Task<ImportOutcome>> run)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive || Console.IsErrorRedirected)
        {
            return await run(new PlainProgress());
        }

        ImportOutcome? outcome = null;
        await AnsiConsole
            .Progress()
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new ElapsedTimeColumn(),
                new SpinnerColumn()
            )
            .StartAsync(async context =>
            {
                var checking = context.AddTask("Checking");
                var writing = context.AddTask("Writing", autoStart: false);
                var expected = 0L;
                outcome = await run(
                    new ImmediateProgress<ImportProgress>(p =>
                    {
                        var task = p.Stage == "Checking" ? checking : writing;
                        expected = p.Expected > 0 ? p.Expected : expected;
                        task.MaxValue = Math.Max(expected, Math.Max(p.Done, 1));
                        task.Value = p.Done;
                        if (task == writing && !writing.IsStarted)
                        {
                            checking.Value = checking.MaxValue;
                            writing.StartTask();
                        }
                    })
                );
                checking.Value = checking.MaxValue;
                writing.Value = writing.MaxValue;
            });
        return outcome!;
    }

    /// <summary>Reports synchronously, so that a line is out before the work goes on.</summary>
    private sealed class PlainProgress : IProgress<ImportProgress>
    {
        private string _stage = "";
        private long _lastReported;

        public void Report(ImportProgress value)
        {
            if (value.Stage != _stage || value.Done - _lastReported >= 100_000)
            {
                _stage = value.Stage;
                _lastReported = value.Done;
                Console.Error.WriteLine($"{value.Stage}: {value.Done:N0} rows");
            }
        }
    }
}
