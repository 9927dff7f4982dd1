using Beacon.Data.Accounts;
using Beacon.Data.Audit;
using Beacon.Data.Performance;
using Beacon.Data.Schools;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Beacon.Data.Tests.Audit;

public class AuditTrailTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);

    [Theory]
    [BothDatabases]
    public async Task A_change_is_recorded_with_who_when_before_after_and_why(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(Now);
        var scope = new AuditScope { Actor = "adviser.one" };
        await using (var db = database.NewContext(scope, clock))
        {
            db.Schools.Add(
                new School
                {
                    Urn = 111111,
                    Name = "Test Primary",
                    Phase = "Primary",
                    LinkOfficer = "A. Adviser",
                }
            );
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            var school = await db.Schools.SingleAsync(TestContext.Current.CancellationToken);
            school.LinkOfficer = "B. Adviser";
            scope.Reason = "The link officer changed for the new term";
            clock.Advance(TimeSpan.FromMinutes(5));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var read = database.NewContext();
        var entries = await read.AuditEntries.OrderBy(e => e.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2, entries.Count);
        Assert.Equal(
            ("Created", "School", "111111", "adviser.one"),
            (entries[0].Action, entries[0].EntityType, entries[0].EntityId, entries[0].Actor)
        );
        Assert.Null(entries[0].Before);
        var change = entries[1];
        Assert.Equal("Changed", change.Action);
        Assert.Equal(Now.AddMinutes(5).UtcDateTime, change.OccurredAtUtc);
        Assert.Contains("\"LinkOfficer\":\"A. Adviser\"", change.Before, StringComparison.Ordinal);
        Assert.Contains("\"LinkOfficer\":\"B. Adviser\"", change.After, StringComparison.Ordinal);
        Assert.Equal("The link officer changed for the new term", change.Reason);
    }

    [Theory]
    [BothDatabases]
    public async Task A_new_row_is_audited_under_the_key_the_database_gave_it_and_a_failed_save_leaves_no_entry(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        int id;
        await using (var db = database.NewContext())
        {
            // Rows before it, so that a temporary key could not pass for the real one by chance.
            db.BusinessAreas.AddRange(new BusinessArea { Name = "First" }, new BusinessArea { Name = "Second" });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            var officer = new LeadOfficer { Initials = "AMc", Name = "Ann McIntyre" };
            db.LeadOfficers.Add(officer);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            id = officer.Id;
            // The same initials again break a unique index: neither the row nor its entry may be kept.
            db.LeadOfficers.Add(new LeadOfficer { Initials = "AMc", Name = "Someone Else" });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
        }

        await using var read = database.NewContext();
        var entries = await read.AuditEntries.Where(e => e.EntityType == "LeadOfficer").ToListAsync(TestContext.Current.CancellationToken);
        var entry = Assert.Single(entries);
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.EntityId);
        Assert.Contains($"\"Id\":{id},", entry.After, StringComparison.Ordinal);
        Assert.Equal(
            ["1", "2"],
            await read
                .AuditEntries.Where(e => e.EntityType == "BusinessArea")
                .OrderBy(e => e.Id)
                .Select(e => e.EntityId)
                .ToListAsync(TestContext.Current.CancellationToken)
        );
    }

    [Theory]
    [BothDatabases]
    public async Task A_user_change_is_audited_without_secrets(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.NewContext(new AuditScope { Actor = "admin" }))
        {
            db.Users.Add(
                new BeaconAccount
                {
                    UserName = "head",
                    NormalizedUserName = "HEAD",
                    DisplayName = "Head",
                    PasswordHash = "secret-hash",
                    SecurityStamp = "stamp",
                }
            );
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var read = database.NewContext();
        var entry = await read.AuditEntries.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(("User", "admin"), (entry.EntityType, entry.Actor));
        Assert.Contains("\"UserName\":\"head\"", entry.After, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-hash", entry.After, StringComparison.Ordinal);
        Assert.DoesNotContain("stamp", entry.After, StringComparison.Ordinal);
    }

    [Theory]
    [BothDatabases]
    public async Task The_database_refuses_to_update_or_delete_audit_rows(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await AddSchoolAsAnAdviserAsync(database);

        await using var raw = database.NewContext();
        var update = await Record.ExceptionAsync(() =>
            raw.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET actor = 'someone else'", TestContext.Current.CancellationToken)
        );
        var delete = await Record.ExceptionAsync(() =>
            raw.Database.ExecuteSqlRawAsync("DELETE FROM audit_entries", TestContext.Current.CancellationToken)
        );

        Assert.Contains("append-only", update?.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete?.Message, StringComparison.Ordinal);
        var entry = await raw.AuditEntries.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal("adviser", entry.Actor);
    }

    [Theory]
    [BothDatabases]
    public async Task An_audit_row_cannot_be_overwritten_by_an_insert_that_reuses_its_id(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await AddSchoolAsAnAdviserAsync(database);

        await using var raw = database.NewContext();
        var id = await raw.AuditEntries.Select(e => e.Id).SingleAsync(TestContext.Current.CancellationToken);
        // SQLite's REPLACE deletes the old row without the DELETE trigger; PostgreSQL's equivalent is ON CONFLICT.
        var overwrite =
            provider == DatabaseProvider.Sqlite
                ? $"INSERT OR REPLACE INTO audit_entries (id, occurred_at_utc, actor, entity_type, entity_id, action) VALUES ({id}, '2026-01-01 00:00:00', 'forger', 'School', '1', 'Created')"
                : $"INSERT INTO audit_entries (id, occurred_at_utc, actor, entity_type, entity_id, action) VALUES ({id}, '2026-01-01', 'forger', 'School', '1', 'Created') ON CONFLICT (id) DO UPDATE SET actor = EXCLUDED.actor";

        var refused = await Record.ExceptionAsync(() => raw.Database.ExecuteSqlRawAsync(overwrite, TestContext.Current.CancellationToken));

        Assert.Contains("append-only", refused?.Message, StringComparison.Ordinal);
        Assert.Equal("adviser", (await raw.AuditEntries.SingleAsync(TestContext.Current.CancellationToken)).Actor);
    }

    [Fact]
    public async Task PostgreSQL_also_refuses_to_truncate_the_audit_table()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var raw = database.NewContext();

        var truncate = await Record.ExceptionAsync(() =>
            raw.Database.ExecuteSqlRawAsync("TRUNCATE audit_entries", TestContext.Current.CancellationToken)
        );

        Assert.Contains("append-only", truncate?.Message, StringComparison.Ordinal);
    }

    [Theory]
    [BothDatabases]
    public async Task Migrations_create_every_table(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        var checksum = await database.ContentChecksumAsync();
        foreach (
            var table in new[]
            {
                "audit_entries",
                "import_runs",
                "statistics",
                "schools",
                "committees",
                "meetings",
                "agenda_items",
                "resolutions",
                "work_programme_topics",
                "users",
                "roles",
                "user_roles",
            }
        )
        {
            Assert.Contains(table + ":", checksum, StringComparison.Ordinal);
        }
    }

    private static async Task AddSchoolAsAnAdviserAsync(TestDatabase database)
    {
        await using var db = database.NewContext(new AuditScope { Actor = "adviser" });
        db.Schools.Add(
            new School
            {
                Urn = 1,
                Name = "A",
                Phase = "Primary",
            }
        );
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
