using System.Data;
using Beacon.Data.Organisations;

namespace Beacon.Data.SocialCare;

/// <summary>Writes an Annex A extract's rows and report with prepared commands: a large authority's extract is 150,000 rows.</summary>
public static class AnnexAWriter
{
    private static readonly (string Name, DbType Type)[] IssueColumns =
    [
        ("list", DbType.Int32),
        ("row", DbType.Int64),
        ("column", DbType.String),
        ("value", DbType.String),
        ("kind", DbType.String),
        ("detail", DbType.String),
        ("run", DbType.Int64),
        ("organisation", DbType.Int32),
    ];

    public static async Task InsertAsync(
        BeaconDbContext db,
        IReadOnlyCollection<AnnexARecord> records,
        IReadOnlyCollection<AnnexAIssue> issues,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(issues);
        var owner = OrganisationOwnership.OwnerOfNewRows(db.OrganisationScope);
        await using (
            var command = BulkCommands.Command(
                db,
                "INSERT INTO annex_a_records (list, row, child_id, \"values\", import_run_id, organisation_id) VALUES (@list, @row, @child, @values, @run, @organisation)"
            )
        )
        {
            var (list, row, child, values, run) = (
                BulkCommands.Parameter(command, "list", DbType.Int32),
                BulkCommands.Parameter(command, "row", DbType.Int64),
                BulkCommands.Parameter(command, "child", DbType.String),
                BulkCommands.Parameter(command, "values", DbType.String),
                BulkCommands.Parameter(command, "run", DbType.Int64)
            );
            BulkCommands.Parameter(command, "organisation", DbType.Int32).Value = owner;
            await command.PrepareAsync(cancellationToken);
            foreach (var record in records)
            {
                (list.Value, row.Value, child.Value, values.Value, run.Value) = (
                    record.List,
                    record.Row,
                    record.ChildId,
                    record.Values,
                    record.ImportRunId
                );
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await using (
            var command = BulkCommands.Command(
                db,
                "INSERT INTO annex_a_issues (list, row, \"column\", value, kind, detail, import_run_id, organisation_id) VALUES (@list, @row, @column, @value, @kind, @detail, @run, @organisation)"
            )
        )
        {
            var p = IssueColumns.Select(c => BulkCommands.Parameter(command, c.Name, c.Type)).ToArray();
            await command.PrepareAsync(cancellationToken);
            foreach (var issue in issues)
            {
                p[0].Value = issue.List;
                p[1].Value = issue.Row;
                p[2].Value = (object?)issue.Column ?? DBNull.Value;
                p[3].Value = (object?)issue.Value ?? DBNull.Value;
                p[4].Value = issue.Kind;
                p[5].Value = issue.Detail;
                p[6].Value = issue.ImportRunId;
                p[7].Value = owner;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }
}
