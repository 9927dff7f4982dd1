using System.CommandLine;
using Beacon.Data;
using Beacon.Import.Pipeline;
using Microsoft.Extensions.Configuration;

namespace Beacon.Cli.Commands;

/// <summary>
/// Settings every command shares: environment variables (<c>Beacon__Database__Provider</c>,
/// <c>Beacon__Database__ConnectionString</c>, ...), then appsettings.json, then the command line.
/// </summary>
internal static class CliSettings
{
    public static readonly Option<DatabaseProvider?> DatabaseOption = new("--database")
    {
        Description = "sqlite (embedded, the default) or postgres",
        Recursive = true,
    };

    public static readonly Option<string?> ConnectionOption = new("--connection")
    {
        Description = "The database connection string (default: Data Source=data/beacon.db)",
        Recursive = true,
    };

    public static IConfiguration Configuration(ParseResult parse, IDictionary<string, string?>? overrides = null)
    {
        var values = new Dictionary<string, string?>(overrides ?? new Dictionary<string, string?>());
        if (parse.GetValue(DatabaseOption) is { } provider)
        {
            values[$"{DatabaseOptions.Section}:Provider"] = provider.ToString();
        }

        if (parse.GetValue(ConnectionOption) is { } connection)
        {
            values[$"{DatabaseOptions.Section}:ConnectionString"] = connection;
        }

        return new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(values)
            .Build();
    }

    public static DatabaseOptions Database(ParseResult parse) =>
        Configuration(parse).GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();

    public static ImportOptions Import(ParseResult parse) =>
        Configuration(parse).GetSection(ImportOptions.Section).Get<ImportOptions>() ?? new ImportOptions();
}
