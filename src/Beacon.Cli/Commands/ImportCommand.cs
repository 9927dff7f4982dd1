using System.CommandLine;
using Beacon.Application.Accounts;
using Beacon.Application.Imports;
using Beacon.Data;
using Beacon.Data.Audit;
using Beacon.Domain;
using Beacon.Domain.Access;
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
        foreach (var format in ImportFormats.All)
        {
            import.Subcommands.Add(FormatCommand(format.Name, format.Description));
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
        var actingAs = new Option<string?>("--as")
        {
            Description =
                "The Beacon account you import as: it must be allowed to edit what the format writes (needed once any account exists)",
        };
        var command = new Command(formatName, description) { file, dataset, filters, actingAs };
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
                var user = await ActingUserAsync(db, parse.GetValue(actingAs), cancellationToken);
                if (!user.Succeeded)
                {
                    await Console.Error.WriteLineAsync($"{path.Name} was not imported: {user.Problem!.Message}.");
                    return 1;
                }

                var acting = scope.ServiceProvider.GetRequiredService<AuditScope>();
                acting.Actor = user.Value.UserName;
                // An import as a named person writes into their organisation's records, as an upload of theirs would.
                acting.OrganisationId = string.IsNullOrWhiteSpace(parse.GetValue(actingAs))
                    ? null
                    : AccessPolicy.OrganisationScopeOf(user.Value);
                var named = parse.GetValue(filters) is { Length: > 0 } given ? given : null;
                var request = new FileToImport(formatName, path.FullName, path.Name, parse.GetValue(dataset), named);
                var importer = scope.ServiceProvider.GetRequiredService<FileImporter>();
                Result<ImportOutcome> imported = default;
                await WithProgressAsync(async progress =>
                    imported = await importer.RunAsync(user.Value, request, progress, cancellationToken)
                );
                if (imported.Problem is { } problem)
                {
                    var pass = problem.Code == ImportFormats.DatasetNeeded ? " Pass it with --dataset." : "";
                    await Console.Error.WriteLineAsync($"{path.Name} was not imported: {problem.Message}.{pass}");
                    return 1;
                }

                return Report(imported.Value);
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
    private static async Task WithProgressAsync(Func<IProgress<ImportProgress>, Task> run)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive || Console.IsErrorRedirected)
        {
            await run(new PlainProgress());
            return;
        }

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
                await run(
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
    }

    /// <summary>
    /// The account named with --as. Before anyone has an account (a first set-up), the person at the server's
    /// shell imports with every importing role, as they already hold the database itself.
    /// </summary>
    private static async Task<Result<BeaconUser>> ActingUserAsync(BeaconDbContext db, string? userName, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(userName))
        {
            return await AccountUsers.FindAsync(db, userName, cancellationToken);
        }

        return await AccountUsers.AnyAsync(db, cancellationToken)
            ? Result.Failure(
                AccountUsers.NoSuchAccount,
                "name the account you import as with --as: Beacon checks that it may edit what the format writes"
            )
            : new BeaconUser(CommandServices.Operator, Enum.GetValues<BeaconRole>().ToHashSet());
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
