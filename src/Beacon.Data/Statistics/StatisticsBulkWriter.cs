using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Beacon.Data.Statistics;

/// <summary>
/// Upserts many figures at once, bypassing EF change tracking: prepared commands on SQLite,
/// binary COPY on PostgreSQL. Runs inside the caller's transaction so an import stays all-or-nothing.
/// </summary>
public abstract class StatisticsBulkWriter
{
    /// <summary>The columns of the natural key, in the unique index's order.</summary>
    protected const string KeyColumns = "dataset, time_period, time_identifier, geographic_level, geography_code, filters, measure";

    /// <summary>The writer for the context's database.</summary>
    public static StatisticsBulkWriter For(BeaconDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.IsNpgsql() ? new PostgresStatisticsBulkWriter() : new SqliteStatisticsBulkWriter();
    }

    /// <summary>Writes the rows under a dataset, reporting progress as a running count of rows written.</summary>
    public async Task<BulkWriteCounts> WriteAsync(
        BeaconDbContext db,
        string dataset,
        long importRunId,
        IEnumerable<StatisticRow> rows,
        IProgress<long>? progress,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var connection = db.Database.GetDbConnection();
        var transaction =
            db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A bulk write must run inside the import's transaction.");

        var before = await CountAsync(connection, transaction, dataset, cancellationToken);
        var (affected, total) = await UpsertAsync(connection, transaction, dataset, importRunId, rows, progress, cancellationToken);
        var after = await CountAsync(connection, transaction, dataset, cancellationToken);

        var inserted = after - before;
        var updated = affected - inserted;
        return new BulkWriteCounts(inserted, updated, total - inserted - updated);
    }

    /// <summary>Writes every row; returns how many were inserted or changed, and how many were offered.</summary>
    protected abstract Task<(long Affected, long Total)> UpsertAsync(
        DbConnection connection,
        DbTransaction transaction,
        string dataset,
        long importRunId,
        IEnumerable<StatisticRow> rows,
        IProgress<long>? progress,
        CancellationToken cancellationToken
    );

    /// <summary>How often progress is reported, in rows.</summary>
    protected const int ProgressInterval = 10_000;

    private static async Task<long> CountAsync(
        DbConnection connection,
        DbTransaction transaction,
        string dataset,
        CancellationToken cancellationToken
    )
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COUNT(*) FROM statistics WHERE dataset = @dataset";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@dataset";
        parameter.Value = dataset;
        command.Parameters.Add(parameter);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
