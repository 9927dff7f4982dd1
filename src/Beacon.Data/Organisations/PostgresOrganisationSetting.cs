using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Beacon.Data.Organisations;

/// <summary>
/// Tells PostgreSQL, on every connection Beacon opens, which organisation is acting, for the row-level security
/// policies on owned tables: the second lock, which holds even for SQL that Beacon's own filters never see.
/// </summary>
internal sealed class PostgresOrganisationSetting : DbConnectionInterceptor
{
    public static PostgresOrganisationSetting Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = Command(connection, eventData);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection,
        ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default
    )
    {
        await using var command = Command(connection, eventData);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Command(DbConnection connection, ConnectionEndEventData eventData)
    {
        var scope = (eventData.Context as BeaconDbContext)?.OrganisationScope;
        var command = connection.CreateCommand();
        command.CommandText = $"SELECT set_config('{OrganisationOwnership.PostgresSetting}', @organisation, false)";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "organisation";
        parameter.Value = scope is { } id ? id.ToString(System.Globalization.CultureInfo.InvariantCulture) : "all";
        command.Parameters.Add(parameter);
        return command;
    }
}
