using Beacon.Data.Audit;
using Beacon.Data.Schools;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Data.Tests.Backup;

/// <summary>A backup taken while officers write is a consistent copy that restores into a fresh database.</summary>
public sealed class BackupTests
{
    [Theory]
    [BothDatabases]
    public async Task A_backup_taken_during_writes_restores_every_table_as_it_was_at_that_moment(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Postgres && !DatabaseBackup.PostgresToolsInstalled)
        {
            Assert.Skip("pg_dump is not installed: PostgreSQL backups need Debian's postgresql-client");
        }

        var token = TestContext.Current.CancellationToken;
        await using var source = await TestDatabase.CreateAsync(provider);
        await using var restored = await TestDatabase.CreateAsync(provider);
        var file = Path.Combine(Path.GetTempPath(), $"beacon-backup-{Guid.NewGuid():N}.bak");
        using var stop = new CancellationTokenSource();
        // Each write is a school and its audit entry in one transaction: a torn copy would hold one without the other.
        var writes = Task.Run(
            async () =>
            {
                var urn = 100_000;
                while (!stop.IsCancellationRequested)
                {
                    await using var db = source.NewContext(new AuditScope { Actor = "adviser" });
                    db.Schools.Add(
                        new School
                        {
                            Urn = ++urn,
                            Name = $"School {urn}",
                            Phase = "Primary",
                        }
                    );
                    await db.SaveChangesAsync(token);
                }

                return urn - 100_000;
            },
            token
        );
        while (await source.CountAsync("schools") < 20)
        {
            await Task.Delay(20, token);
        }

        var backedUp = await DatabaseBackup.BackupAsync(source.Options, file, token);
        var duringBackup = await source.CountAsync("schools");
        await stop.CancelAsync();
        var written = await writes;
        try
        {
            Assert.True(backedUp.Succeeded, backedUp.Problem?.Message);
            var restoring = await DatabaseBackup.RestoreAsync(restored.Options, file, token);
            Assert.True(restoring.Succeeded, restoring.Problem?.Message);

            await using var copy = restored.NewContext();
            var urns = await copy.Schools.Select(s => s.Urn).OrderBy(u => u).ToListAsync(token);
            var lastAudit = await copy.AuditEntries.MaxAsync(a => a.Id, token);
            Assert.InRange(urns.Count, 20, duringBackup);
            Assert.True(written > urns.Count, "the writes went on after the backup");
            Assert.Equal(Enumerable.Range(100_001, urns.Count), urns);
            Assert.Equal(urns.Count, await copy.AuditEntries.CountAsync(a => a.EntityType == "School", token));
            Assert.Equal(
                await source.ContentChecksumAsync("schools", "audit_entries"),
                await restored.ContentChecksumAsync("schools", "audit_entries")
            );
            Assert.Equal(
                await source.TableChecksumAsync("schools", $"urn <= {urns[^1]}"),
                await restored.TableChecksumAsync("schools", "1 = 1")
            );
            Assert.Equal(
                await source.TableChecksumAsync("audit_entries", $"id <= {lastAudit}"),
                await restored.TableChecksumAsync("audit_entries", "1 = 1")
            );
        }
        finally
        {
            File.Delete(file);
        }
    }
}
