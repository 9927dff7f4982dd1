using Beacon.Application.SocialCare;
using Beacon.Data;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Tests.SocialCare;

/// <summary>An authority's own audit tool: a name of its own, questions once each, two to six grades.</summary>
public sealed class AuditToolRecorderTests
{
    [Theory]
    [BothDatabases]
    public async Task A_tool_needs_its_own_name_distinct_questions_and_a_scale_of_two_to_six_grades(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var token = TestContext.Current.CancellationToken;
        await using var db = database.NewContext();
        var recorder = new AuditToolRecorder(db);

        var refused = await recorder.CreateAsync("Beacon practice audit", "Voice\nvoice", "Good", "manager", token);
        Assert.Equal(["Name", "Questions", "Grades"], refused.Problem!.Details.Select(d => d.Code));
        var id = (
            await recorder.CreateAsync("Neglect audit", "Chronology\r\nVoice of the child\n", "Good\nAdequate\nPoor", "manager", token)
        ).Value;

        await using var read = database.NewContext();
        var tool = AuditToolView.Of(await read.AuditTools.SingleAsync(t => t.Id == id, token));
        Assert.Equal(["Chronology", "Voice of the child"], tool.Questions);
        Assert.Equal(["Good", "Adequate", "Poor"], tool.Grades);
    }
}
