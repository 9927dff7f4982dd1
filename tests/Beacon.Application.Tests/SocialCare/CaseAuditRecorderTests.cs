using Beacon.Application.SocialCare;
using Beacon.Data;
using Beacon.Data.Audit;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Beacon.Application.Tests.SocialCare;

/// <summary>A case-file audit on Beacon's own tool, and its moderation by someone else, once.</summary>
public sealed class CaseAuditRecorderTests
{
    [Theory]
    [BothDatabases]
    public async Task An_audit_is_graded_on_every_question_and_moderated_once_by_someone_other_than_its_auditor(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var token = TestContext.Current.CancellationToken;
        await using var db = database.NewContext(new AuditScope { Actor = "auditor" }, clock);
        var recorder = new CaseAuditRecorder(db, clock);
        var tool = AuditToolView.Of(await db.AuditTools.SingleAsync(token));
        int?[] good = [.. tool.Questions.Select(_ => (int?)2)];

        var refused = await recorder.AuditAsync(" ", tool, null, [1, 9], null, "auditor", token);
        Assert.Equal(["ChildId", CaseAuditRecorder.Ungraded], refused.Problem!.Details.Select(d => d.Code));
        var audit = (await recorder.AuditAsync("C1001", tool, null, good, "Plan is clear", "auditor", token)).Value;

        Assert.Equal("own-audit", (await recorder.ModerateAsync(audit, good, null, "auditor", token)).Problem!.Code);
        Assert.True((await recorder.ModerateAsync(audit, [.. tool.Questions.Select(_ => (int?)3)], null, "moderator", token)).Succeeded);
        Assert.Equal("moderated", (await recorder.ModerateAsync(audit, good, null, "another", token)).Problem!.Code);
        Assert.Equal(CaseAuditRecorder.NotFound, (await recorder.ModerateAsync(audit + 1, good, null, "moderator", token)).Problem!.Code);

        await using var read = database.NewContext();
        var moderation = await read.CaseAuditModerations.SingleAsync(token);
        Assert.Equal((audit, "moderator"), (moderation.AuditId, moderation.Moderator));
        Assert.Equal(
            ["case-file audit", "moderation"],
            await read.AuditEntries.OrderBy(a => a.Id).Select(a => a.Reason).ToListAsync(token)
        );
    }
}
