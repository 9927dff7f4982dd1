using Beacon.Application.Protocol;
using Beacon.Data;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Tests.Protocol;

/// <summary>The authority's self-evaluation: one of the nine aspects judged with evidence, judged again in place.</summary>
public sealed class SelfEvaluationRecorderTests
{
    [Theory]
    [BothDatabases]
    public async Task An_aspect_is_judged_effective_or_ineffective_with_evidence(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var token = TestContext.Current.CancellationToken;
        await using var db = database.NewContext();
        var recorder = new SelfEvaluationRecorder(db);

        var refused = await recorder.JudgeAsync(10, "Good", " ", token);
        Assert.Equal(["Aspect", "Judgement", "Evidence"], refused.Problem!.Details.Select(d => d.Code));
        Assert.True((await recorder.JudgeAsync(3, "Ineffective", "Two schools fell into a category", token)).Succeeded);
        Assert.True((await recorder.JudgeAsync(3, "Effective", "Both out of category by July", token)).Succeeded);

        await using var read = database.NewContext();
        var aspect = await read.SelfEvaluation.SingleAsync(token);
        Assert.Equal((3, "Effective"), (aspect.Aspect, aspect.Judgement));
    }
}
