using System.CommandLine;
using Beacon.Cli.Commands;

// `beacon`: serve the web app, migrate the database, manage users, import files, benchmark.
var root = new RootCommand("Beacon: performance, challenge and improvement for children's services.");
root.Options.Add(CliSettings.DatabaseOption);
root.Options.Add(CliSettings.ConnectionOption);
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(DbCommand.Create());
root.Subcommands.Add(UsersCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(ImportsCommand.Create());
root.Subcommands.Add(DatasetsCommand.Create());
root.Subcommands.Add(ReportCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
return await root.Parse(args).InvokeAsync();
