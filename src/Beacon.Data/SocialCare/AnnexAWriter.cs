namespace Beacon.Data.SocialCare;

/// <summary>Writes an Annex A extract's rows and report with prepared commands: a large authority's extract is 150,000 rows.</summary>
public static class AnnexAWriter
{
    private static readonly string[] IssueColumns = ["list", "row", "column", "value", "kind", "detail", "run"];

    public static async Task InsertAsync(
        BeaconDbContext db,
        IReadOnlyCollection<AnnexARecord> records,
        IReadOnlyCollection<AnnexAIssue> issues,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(issues);
        await using (
            var command = BulkCommands.Command(
                db,
                "INSERT INTO annex_a_records (list, row, child_id, \"values\", import_run_id) VALUES (@list, @row, @child, @values, @run)"
            )
        )
        {
            var (list, row, child, values, run) = (
                BulkCommands.Parameter(command, "list"),
                BulkCommands.Parameter(command, "row"),
                BulkCommands.Parameter(command, "child"),
                BulkCommands.Parameter(command, "values"),
                BulkCommands.Parameter(command, "run")
            );
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
                "INSERT INTO annex_a_issues (list, row, \"column\", value, kind, detail, import_run_id) VALUES (@list, @row, @column, @value, @kind, @detail, @run)"
            )
        )
        {
            var p = IssueColumns.Select(n => BulkCommands.Parameter(command, n)).ToArray();
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
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }
}
