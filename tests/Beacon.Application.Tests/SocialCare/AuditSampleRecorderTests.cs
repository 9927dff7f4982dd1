using Beacon.Application.SocialCare;
using Beacon.Data;
using Beacon.Data.Audit;
using Beacon.Data.SocialCare;
using Beacon.Domain.SocialCare;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Beacon.Application.Tests.SocialCare;

/// <summary>An audit sample drawn from the latest extract's list: the children the kept seed draws, due in working days.</summary>
public sealed class AuditSampleRecorderTests
{
    [Theory]
    [BothDatabases]
    public async Task A_sample_draws_the_children_its_seed_gives_from_the_list_and_is_due_in_working_days(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        // A Friday: ten working days on is the Friday a fortnight later.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));
        var token = TestContext.Current.CancellationToken;
        var children = Enumerable.Range(1, 30).Select(i => $"C{i:D4}").ToList();
        await using (var db = database.NewContext())
        {
            var run = new Data.Imports.ImportRun
            {
                Format = "annex-a",
                SourceName = "extract.xlsx",
                Dataset = "annex-a",
                Sha256 = "0",
                ImportedBy = "x",
            };
            db.ImportRuns.Add(run);
            await db.SaveChangesAsync(token);
            db.AnnexARecords.AddRange(
                children.Select(
                    (c, i) =>
                        new AnnexARecord
                        {
                            List = 6,
                            Row = i + 2,
                            ChildId = c,
                            Values = "[]",
                            ImportRunId = run.Id,
                        }
                )
            );
            await db.SaveChangesAsync(token);
        }

        await using var write = database.NewContext(new AuditScope { Actor = "manager" }, clock);
        var recorder = new AuditSampleRecorder(write, clock);
        var refused = await recorder.DrawAsync(new AuditSampleRequest(" ", 1, 99, 0, 61, 101), "manager", token);
        Assert.Equal(["Name", "List", "Size", "WorkingDaysToComplete", "ModeratePercent"], refused.Problem!.Details.Select(d => d.Code));
        var empty = await recorder.DrawAsync(new AuditSampleRequest("Practice week", 1, 8, 5, 10, 20), "manager", token);
        Assert.Equal(("List", "The latest Annex A extract has no children in this list"), (empty.Problem!.Code, empty.Problem.Message));

        var id = (await recorder.DrawAsync(new AuditSampleRequest("Practice week", 1, 6, 5, 10, 20), "manager", token)).Value;

        await using var read = database.NewContext();
        var sample = await read.AuditSamples.SingleAsync(s => s.Id == id, token);
        Assert.Equal((new DateOnly(2026, 12, 11), 20, "manager"), (sample.DueOn, sample.ModeratePercent, sample.DrawnBy));
        var drawn = await read.AuditSampleCases.Where(c => c.SampleId == id).Select(c => c.ChildId).ToListAsync(token);
        Assert.Equal(CaseSampling.Draw(children, 5, sample.Seed).Order(StringComparer.Ordinal), drawn.Order(StringComparer.Ordinal));
    }
}
