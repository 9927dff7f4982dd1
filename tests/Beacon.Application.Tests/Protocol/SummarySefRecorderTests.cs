using Beacon.Application.Protocol;
using Beacon.Data;
using Beacon.Domain.Protocol;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Tests.Protocol;

/// <summary>A school's summary SEF for a term: every judged section on the Ofsted scale, saved again in place.</summary>
public sealed class SummarySefRecorderTests
{
    [Theory]
    [BothDatabases]
    public async Task A_judged_section_needs_a_judgement_and_saving_again_changes_the_terms_sections_in_place(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var token = TestContext.Current.CancellationToken;
        await using var db = database.NewContext();
        var recorder = new SummarySefRecorder(db);
        var judged = SummarySef.Sections.First(SummarySef.IsJudged);
        const string term = "Autumn 2013/14";

        var unjudged = await recorder.SaveAsync(990001, term, [new SummarySefEntry(judged, null, "Strong", null, null)], token);
        Assert.Equal("sef-0-judgement", unjudged.Problem!.Code);
        Assert.Equal(
            SummarySefRecorder.UnknownSection,
            (await recorder.SaveAsync(990001, term, [new SummarySefEntry("Gossip", 1, null, null, null)], token)).Problem!.Code
        );
        Assert.True(
            (await recorder.SaveAsync(990001, term, [new SummarySefEntry(judged, 3, "Strong", "Maths", "Marking")], token)).Succeeded
        );
        Assert.True((await recorder.SaveAsync(990001, term, [new SummarySefEntry(judged, 2, "Stronger", "", "")], token)).Succeeded);

        await using var read = database.NewContext();
        var section = await read.SummarySefSections.SingleAsync(token);
        Assert.Equal((2, "Stronger"), (section.Judgement, section.Strengths));
    }
}
