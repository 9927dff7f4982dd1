using System.CommandLine;
using Beacon.Application;
using Beacon.Data;
using Beacon.Data.Audit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Beacon.Cli.Commands;

/// <summary>The services a command needs, on a migrated database, with changes attributed to the operator.</summary>
internal static class CommandServices
{
    public static async Task<AsyncServiceScope> OpenAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddBeaconCore(CliSettings.Database(parse), CliSettings.Import(parse))
            .AddBeaconAccounts()
            .BuildServiceProvider();
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AuditScope>().Actor = Operator;
        await BeaconDatabase.MigrateAsync(scope.ServiceProvider.GetRequiredService<BeaconDbContext>(), cancellationToken);
        return scope;
    }

    /// <summary>Who ran the command, as the audit trail and import history record it.</summary>
    public static string Operator => $"cli:{Environment.UserName}";
}
