using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Beacon.Data.Statistics;

/// <summary>SQLite: one prepared upsert, executed per row inside the transaction.</summary>
internal sealed class SqliteStatisticsBulkWriter : StatisticsBulkWriter
{
    private static readonly string[] ParameterNames =
    [
        "$dataset",
        "$time_period",
        "$time_identifier",
        "$level",
        "$geography",
        "$filters",
        "$measure",
        "$value",
        "$symbol",
        "$run",
    ];

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
        await using var command = (SqliteCommand)connection.CreateCommand();
        command.Transaction = (SqliteTransaction)transaction;
        command.CommandText = $"""
            INSERT INTO statistics ({KeyColumns}, value, symbol, import_run_id)
            VALUES ($dataset, $time_period, $time_identifier, $level, $geography, $filters, $measure, $value, $symbol, $run)
            ON CONFLICT ({KeyColumns}) DO UPDATE SET
                value = excluded.value, symbol = excluded.symbol, import_run_id = excluded.import_run_id
            WHERE statistics.value IS NOT excluded.value OR statistics.symbol IS NOT excluded.symbol
            """;
        var p = ParameterNames.Select(name => command.Parameters.Add(name, SqliteType.Text)).ToArray();
        p[9].SqliteType = SqliteType.Integer;
        p[0].Value = dataset;
        p[9].Value = importRunId;
        command.Prepare();

        long affected = 0;
        long total = 0;
        foreach (var row in rows)
        {
            p[1].Value = row.TimePeriod;
            p[2].Value = row.TimeIdentifier;
            p[3].Value = row.GeographicLevel;
            p[4].Value = row.GeographyCode;
            p[5].Value = row.Filters;
            p[6].Value = row.Measure;
            // EF Core keeps decimals as invariant text on SQLite; the bulk path writes the same form.
            p[7].Value = row.Value is { } v ? v.ToString(CultureInfo.InvariantCulture) : DBNull.Value;
            p[8].Value = (object?)row.Symbol ?? DBNull.Value;
            affected += command.ExecuteNonQuery();
            if (++total % ProgressInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(total);
            }
        }

        progress?.Report(total);
        return (affected, total);
    }
}
