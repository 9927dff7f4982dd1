using Beacon.Application.Protocol;
using Beacon.Data;
using Beacon.Domain.Protocol;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Tests.Protocol;

/// <summary>
/// The self-evaluation and inspection record of seed 000, item 6.1: strengths and weaknesses per aspect, one overarching
/// judgement, the triggers officers record, paragraph 14's documents and the action plan.
/// </summary>
public sealed class SelfEvaluationRecorderTests
{
    [Theory]
    [BothDatabases]
    public async Task Inspectors_identify_pertinent_strengths_and_weaknesses_for_each_aspect_not_a_judgement_per_aspect(
        DatabaseProvider provider
    )
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var token = TestContext.Current.CancellationToken;
        await using var db = database.NewContext();
        var recorder = new SelfEvaluationRecorder(db);

        var refused = await recorder.EvaluateAsync(10, " ", null, " ", token);
        Assert.Equal(["Aspect", "Strengths", "Evidence"], refused.Problem!.Details.Select(d => d.Code));
        Assert.True(
            (await recorder.EvaluateAsync(3, "", "Two schools fell into a category", "Ofsted letters, autumn 2013", token)).Succeeded
        );
        Assert.True(
            (
                await recorder.EvaluateAsync(3, "Both out of category by July", "Slow to spot the second", "Monitoring visits", token)
            ).Succeeded
        );

        await using var read = database.NewContext();
        var aspect = await read.SelfEvaluation.SingleAsync(token);
        Assert.Equal((3, "Both out of category by July", "Slow to spot the second"), (aspect.Aspect, aspect.Strengths, aspect.Weaknesses));
    }

    [Fact]
    public void Aspect_six_is_the_extent_to_which_the_authority_commissions_and_brokers_support()
    {
        Assert.Contains("commissions and brokers support", SchoolImprovementAspects.All[5], StringComparison.Ordinal);
    }

    [Theory]
    [BothDatabases]
    public async Task An_ineffective_overarching_judgement_brings_re_inspection_within_nine_to_twelve_months(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var token = TestContext.Current.CancellationToken;
        await using var db = database.NewContext();
        var recorder = new SelfEvaluationRecorder(db);

        var refused = await recorder.JudgeAsync("Peer review", "Good", null, "", token);
        var judged = await recorder.JudgeAsync(
            SchoolImprovementJudgementSources.Ofsted,
            "Ineffective",
            new DateOnly(2014, 2, 14),
            "Too slow to challenge schools that coast",
            token
        );

        Assert.Equal(["Source", "Judgement", "JudgedOn", "Summary"], refused.Problem!.Details.Select(d => d.Code));
        Assert.True(judged.Succeeded);
        await using var read = database.NewContext();
        var saved = await read.SchoolImprovementJudgements.SingleAsync(token);
        var window = ReinspectionWindow.After(saved.Source, saved.Judgement, saved.JudgedOn)!;
        Assert.Equal((new DateOnly(2014, 11, 14), new DateOnly(2015, 2, 14)), (window.From, window.To));
        Assert.Equal("Due now", window.Describe(new DateOnly(2014, 12, 1)));
        Assert.Null(ReinspectionWindow.After(SchoolImprovementJudgementSources.Ofsted, "Effective", saved.JudgedOn));
        Assert.Null(ReinspectionWindow.After(SchoolImprovementJudgementSources.SelfEvaluation, "Ineffective", saved.JudgedOn));
        Assert.Equal(1, await read.AuditEntries.CountAsync(a => a.EntityType == "SchoolImprovementJudgement", token));
    }

    [Theory]
    [BothDatabases]
    public async Task Qualifying_complaints_and_a_Secretary_of_State_requirement_can_be_recorded_as_triggers(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var token = TestContext.Current.CancellationToken;
        await using var db = database.NewContext();
        var recorder = new SelfEvaluationRecorder(db);

        var unknown = await recorder.NoteTriggerAsync("rumour", new DateOnly(2013, 10, 1), "x", token);
        var complaints = await recorder.NoteTriggerAsync(
            OfficerTriggers.Complaints,
            new DateOnly(2013, 10, 1),
            "Six qualifying complaints this term",
            token
        );
        var direction = await recorder.NoteTriggerAsync(
            OfficerTriggers.SecretaryOfState,
            new DateOnly(2013, 11, 4),
            "Letter from the Secretary of State",
            token
        );

        Assert.Equal("Trigger", unknown.Problem!.Code);
        Assert.True(complaints.Succeeded && direction.Succeeded);
        await using var read = database.NewContext();
        Assert.Equal(
            [OfficerTriggers.Complaints, OfficerTriggers.SecretaryOfState],
            await read.InspectionTriggerNotes.OrderBy(n => n.NotedOn).Select(n => n.Trigger).ToListAsync(token)
        );
    }

    [Theory]
    [BothDatabases]
    public async Task Each_document_paragraph_14_asks_for_has_a_state_and_the_action_plan_keeps_owners_and_dates(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var token = TestContext.Current.CancellationToken;
        await using var db = database.NewContext();
        var recorder = new SelfEvaluationRecorder(db);

        Assert.Equal(["Item", "State"], (await recorder.SetDocumentAsync(10, "Lost", null, token)).Problem!.Details.Select(d => d.Code));
        Assert.True((await recorder.SetDocumentAsync(2, "In draft", "With the Assistant Director", token)).Succeeded);
        Assert.True((await recorder.SetDocumentAsync(2, "Ready", "Shared drive, Inspection folder", token)).Succeeded);
        Assert.Equal(
            ["Action", "Owner", "DueOn"],
            (await recorder.PlanActionAsync(4, " ", "", null, token)).Problem!.Details.Select(d => d.Code)
        );
        Assert.True(
            (
                await recorder.PlanActionAsync(
                    4,
                    "Warning Notice within a term of a category",
                    "Head of school improvement",
                    new DateOnly(2014, 4, 1),
                    token
                )
            ).Succeeded
        );

        await using var read = database.NewContext();
        var document = await read.InspectionDocuments.SingleAsync(token);
        Assert.Equal((2, "Ready"), (document.Item, document.State));
        Assert.Equal(9, InspectionDocuments.All.Count);
        var action = await read.InspectionActions.SingleAsync(token);
        Assert.Equal((4, new DateOnly(2014, 4, 1)), (action.Aspect, action.DueOn));
    }
}
