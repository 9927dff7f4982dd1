using System.CommandLine;
using Beacon.Application;
using Beacon.Application.Demo;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Beacon.Cli.Commands;

/// <summary><c>beacon serve [--demo] [--urls URL]</c>: the web app, migrating the database first.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var demo = new Option<bool>("--demo")
        {
            Description = "Start with a fictional authority's demonstration data and one account per role",
        };
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => "http://127.0.0.1:5000" };
        var sharedData = new Option<string?>("--shared-data")
        {
            Description =
                "Folder of DfE open-data CSVs to load in demo mode (default: ../shared/data/dfe-children-social-care when present)",
        };
        var command = new Command("serve", "Run the Beacon web app") { demo, urls, sharedData };
        command.SetAction(
            async (parse, cancellationToken) =>
            {
                var isDemo = parse.GetValue(demo);
                var overrides = new Dictionary<string, string?> { ["urls"] = parse.GetValue(urls) };
                var configured = CliSettings.Configuration(parse);
                if (isDemo)
                {
                    overrides[$"{BeaconSiteOptions.Section}:DemoMode"] = "true";
                    overrides[$"{BeaconSiteOptions.Section}:AuthorityName"] = DemoSeeder.AuthorityName;
                    overrides[$"{BeaconSiteOptions.Section}:SignatoryName"] = DemoSeeder.SignatoryName;
                    overrides[$"{BeaconSiteOptions.Section}:DirectorateName"] = DemoSeeder.DirectorateName;
                    // Demo data goes to a file of its own unless a database was chosen explicitly.
                    if (configured[$"{DatabaseOptions.Section}:ConnectionString"] is null)
                    {
                        var demoFile = new DatabaseOptions { ConnectionString = "Data Source=data/beacon-demo.db" };
                        overrides[$"{DatabaseOptions.Section}:ConnectionString"] = demoFile.ConnectionString;
                        if (await DemoDatabase.ResetIfFromAnotherSchemaAsync(demoFile, cancellationToken))
                        {
                            Console.WriteLine("The demo database was made by an earlier schema and has been made afresh.");
                        }
                    }
                }

                var app = await StartableAsync(CliSettings.Configuration(parse, overrides));
                if (isDemo)
                {
                    var folder = parse.GetValue(sharedData) ?? DefaultSharedData();
                    var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Beacon.Demo");
                    if (folder is null)
                    {
                        logger.LogInformation("Demo data: ../shared/data is not beside this repository, so no DfE statistics are loaded");
                    }

                    var accounts = await DemoSeeder.SeedAsync(app.Services, folder, logger, cancellationToken);
                    PrintDemoAccounts(accounts, parse.GetValue(urls)!);
                }

                await app.StartAsync(cancellationToken);
                await app.WaitForShutdownAsync(cancellationToken);
                return 0;
            }
        );
        return command;
    }

    /// <summary>
    /// The web app over the configured database, migrated and ready to start. The one place the command line uses
    /// Beacon.Web, for serving and for the benchmarks that load pages (a test keeps it so).
    /// </summary>
    public static async Task<WebApplication> StartableAsync(IConfiguration configuration)
    {
        var builder = BeaconWebApp.CreateBuilder([]);
        builder.Configuration.AddConfiguration(configuration);
        builder.AddBeacon();
        var app = builder.Build();
        app.UseBeacon();
        await app.MigrateAsync();
        return app;
    }

    private static string? DefaultSharedData()
    {
        var folder = Path.GetFullPath(Path.Combine("..", "shared", "data", "dfe-children-social-care"));
        return Directory.Exists(folder) ? folder : null;
    }

    private static void PrintDemoAccounts(IReadOnlyList<DemoAccount> accounts, string urls)
    {
        Console.WriteLine();
        Console.WriteLine("DEMONSTRATION ACCOUNTS (fictional data; passwords are new at every start)");
        Console.WriteLine($"Sign in at {urls.Split(';')[0]}/sign-in");
        var (roleWidth, nameWidth) = (accounts.Max(a => a.Role.DisplayName().Length), accounts.Max(a => a.UserName.Length));
        foreach (var account in accounts)
        {
            Console.WriteLine(
                $"  {account.Role.DisplayName().PadRight(roleWidth)}  user name: {account.UserName.PadRight(nameWidth)}  password: {account.Password}  {account.Notes}"
            );
        }

        Console.WriteLine();
    }
}
