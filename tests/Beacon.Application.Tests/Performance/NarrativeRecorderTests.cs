using Beacon.Application.Performance;
using Beacon.Data;
using Beacon.Domain.Performance;
using Beacon.Domain.Periods;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Tests.Performance;

/// <summary>The quarterly report's narrative written part by part, each part kept to its own quarter.</summary>
public sealed class NarrativeRecorderTests
{
    [Theory]
    [BothDatabases]
    public async Task Parts_are_added_in_order_changed_and_removed_only_within_their_quarter(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var token = TestContext.Current.CancellationToken;
        var (q1, q2) = (new FinancialQuarter(2013, 1), new FinancialQuarter(2013, 2));
        await using var db = database.NewContext();
        var recorder = new NarrativeRecorder(db);

        Assert.Equal(["Kind", "Body"], (await recorder.SaveAsync(q1, null, null, null, " ", token)).Problem!.Details.Select(d => d.Code));
        var first = (await recorder.SaveAsync(q1, null, NarrativeKind.KeyDevelopments, "Ofsted", "Inspected.\r\n\r\nGood.", token)).Value;
        var second = (await recorder.SaveAsync(q1, null, NarrativeKind.EmergingIssues, "", "Budgets", token)).Value;
        Assert.True((await recorder.SaveAsync(q1, first, NarrativeKind.KeyDevelopments, "Ofsted", "Judged good", token)).Succeeded);
        Assert.Equal(
            NarrativeRecorder.NotFound,
            (await recorder.SaveAsync(q2, second, NarrativeKind.EmergingIssues, "", "x", token)).Problem!.Code
        );
        Assert.Equal(NarrativeRecorder.NotFound, (await recorder.RemoveAsync(q2, second, token)).Problem!.Code);
        Assert.True((await recorder.RemoveAsync(q1, second, token)).Succeeded);

        await using var read = database.NewContext();
        var part = await read.Narratives.SingleAsync(token);
        Assert.Equal((first, 1, "Judged good"), (part.Id, part.SortOrder, part.Body));
    }
}
