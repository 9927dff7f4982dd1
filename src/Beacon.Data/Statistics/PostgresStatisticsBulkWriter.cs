using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Beacon.Data.Statistics;

/// <summary>PostgreSQL: binary COPY into a temporary table, then one set-based upsert.</summary>
internal sealed class PostgresStatisticsBulkWriter : StatisticsBulkWriter
{
    protected override async Task<(long Affected, long Total)> UpsertAsync(
        DbConnection connection,
        DbTransaction transaction,
        string dataset,
        long importRunId,
        IEnumerable<StatisticRow> rows,
        IProgress<long>? progress,
        CancellationToken cancellationToken
    )
    {
        var npgsql = (NpgsqlConnection)connection;
        await ExecuteAsync(
            npgsql,
            transaction,
            """
            CREATE TEMPORARY TABLE statistics_load (
                time_period text, time_identifier text, geographic_level text, geography_code text,
                filters text, measure text, value numeric, symbol text
            ) ON COMMIT DROP
            """,
            cancellationToken
        );

        long total = 0;
        await using (
            var writer = await npgsql.BeginBinaryImportAsync(
                "COPY statistics_load (time_period, time_identifier, geographic_level, geography_code, filters, measure, value, symbol) FROM STDIN (FORMAT BINARY)",
                cancellationToken
            )
        )
        {
            foreach (var row in rows)
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(row.TimePeriod, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(row.TimeIdentifier, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(row.GeographicLevel, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(row.GeographyCode, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(row.Filters, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(row.Measure, NpgsqlDbType.Text, cancellationToken);
                if (row.Value is { } value)
                {
                    await writer.WriteAsync(value, NpgsqlDbType.Numeric, cancellationToken);
                }
                else
                {
                    await writer.WriteNullAsync(cancellationToken);
                }

                if (row.Symbol is { } symbol)
                {
                    await writer.WriteAsync(symbol, NpgsqlDbType.Text, cancellationToken);
                }
                else
                {
                    await writer.WriteNullAsync(cancellationToken);
                }

                if (++total % ProgressInterval == 0)
                {
                    progress?.Report(total);
                }
            }

            await writer.CompleteAsync(cancellationToken);
        }

        progress?.Report(total);
        await using var upsert = new NpgsqlCommand(
            $"""
            INSERT INTO statistics ({KeyColumns}, value, symbol, import_run_id)
            SELECT @dataset, time_period, time_identifier, geographic_level, geography_code, filters, measure, value, symbol, @run
            FROM statistics_load
            ON CONFLICT ({KeyColumns}) DO UPDATE SET
                value = excluded.value, symbol = excluded.symbol, import_run_id = excluded.import_run_id
            WHERE statistics.value IS DISTINCT FROM excluded.value OR statistics.symbol IS DISTINCT FROM excluded.symbol
            """,
            npgsql,
            (NpgsqlTransaction)transaction
        );
        upsert.Parameters.AddWithValue("dataset", dataset);
        upsert.Parameters.AddWithValue("run", importRunId);
        upsert.CommandTimeout = 0;
        var affected = await upsert.ExecuteNonQueryAsync(cancellationToken);
        return (affected, total);
    }

    private static async Task ExecuteAsync(
        NpgsqlConnection connection,
        DbTransaction transaction,
        string sql,
        CancellationToken cancellationToken
    )
    {
        await using var command = new NpgsqlCommand(sql, connection, (NpgsqlTransaction)transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
