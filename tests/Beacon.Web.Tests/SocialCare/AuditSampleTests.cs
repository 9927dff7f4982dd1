using System.Net;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Domain.SocialCare;
using Beacon.Import.AnnexA;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.SocialCare;

/// <summary>The authority's own audit tools, and samples drawn from Annex A, audited and picked for moderation, through the running app.</summary>
public sealed class AuditSampleTests(BeaconServers servers) : IClassFixture<BeaconServers>
{
    private static readonly string Manager = BeaconServer.UserFor(BeaconRole.SocialCareManager);

    [Theory]
    [BothDatabases]
    public async Task A_tool_of_the_authoritys_own_grades_the_children_of_a_repeatable_random_sample_and_picks_audits_to_moderate(
        DatabaseProvider provider
    )
    {
        var server = await servers.OnAsync(provider);
        Assert.True(
            (
                await TestImports.RunAsync(
                    server.Database,
                    new AnnexAFormat(AnnexAMap.Shipped),
                    SharedData.Require("annex-a", "Annex_A_sample.xlsx")
                )
            ).Succeeded
        );
        using var manager = await server.SignedInAsync(Manager);
        var cancellationToken = TestContext.Current.CancellationToken;

        var badTool = await manager.PostFormAsync(
            "/social-care/audit-tools",
            new Dictionary<string, string>
            {
                ["Name"] = "Beacon practice audit",
                ["Questions"] = "Plan",
                ["Grades"] = "Good",
            },
            "/social-care/audit-tools"
        );
        var tool = await manager.PostFormAsync(
            "/social-care/audit-tools",
            new Dictionary<string, string>
            {
                ["Name"] = "Practice week 2026",
                ["Questions"] = "Management oversight\r\nThe child's plan\r\nIRO challenge",
                ["Grades"] = "Good\r\nRequires improvement\r\nInadequate",
            },
            "/social-care/audit-tools"
        );
        long toolId;
        await using (var db = server.Database.NewContext())
        {
            toolId = await db.AuditTools.Where(t => t.Name == "Practice week 2026").Select(t => t.Id).SingleAsync(cancellationToken);
        }

        var drawn = await manager.PostFormAsync(
            "/social-care/audit-samples",
            new Dictionary<string, string>
            {
                ["Name"] = "November practice week",
                ["ToolId"] = toolId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["List"] = "8",
                ["Size"] = "3",
                ["WorkingDaysToComplete"] = "5",
                ["ModeratePercent"] = "50",
            },
            "/social-care/audit-samples"
        );
        Data.SocialCare.AuditSample sample;
        List<string> cases;
        List<string> lookedAfter;
        await using (var db = server.Database.NewContext())
        {
            sample = await db.AuditSamples.SingleAsync(cancellationToken);
            cases = await db
                .AuditSampleCases.Where(c => c.SampleId == sample.Id)
                .OrderBy(c => c.Id)
                .Select(c => c.ChildId)
                .ToListAsync(cancellationToken);
            lookedAfter = await db.AnnexARecords.Where(r => r.List == 8).Select(r => r.ChildId).ToListAsync(cancellationToken);
        }

        string Sampled(int i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var audit = new Dictionary<string, string>
        {
            ["ToolId"] = Sampled((int)toolId),
            ["SampleId"] = Sampled((int)sample.Id),
            ["ChildId"] = cases[0],
            ["Grades[0]"] = "1",
            ["Grades[1]"] = "2",
            ["Grades[2]"] = "3",
        };
        var offScale = await manager.PostFormAsync(
            "/social-care/audits",
            new Dictionary<string, string>(audit) { ["Grades[2]"] = "4" },
            "/social-care/audits"
        );
        var notSampled = await manager.PostFormAsync(
            "/social-care/audits",
            new Dictionary<string, string>(audit) { ["ChildId"] = "not-in-the-sample" },
            "/social-care/audits"
        );
        var audited = await manager.PostFormAsync("/social-care/audits", audit, "/social-care/audits");
        var samples = await manager.GetStringAsync("/social-care/audit-samples");
        var audits = await manager.GetStringAsync("/social-care/audits");

        var refusedTool = await badTool.Content.ReadAsStringAsync(cancellationToken);
        Assert.Contains("A tool with this name already exists", refusedTool, StringComparison.Ordinal);
        Assert.Contains("Enter from 2 to 6 different grades", refusedTool, StringComparison.Ordinal);
        Assert.Equal(
            [HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect],
            [tool.StatusCode, drawn.StatusCode, audited.StatusCode]
        );
        // Three different looked-after children, and the recorded seed draws the same three again.
        Assert.Equal(Math.Min(3, lookedAfter.Distinct().Count()), cases.Count);
        Assert.Subset(lookedAfter.ToHashSet(), cases.ToHashSet());
        Assert.Equal(CaseSampling.Draw(lookedAfter, 3, sample.Seed), cases);
        Assert.Equal(WorkingDays.Add(sample.DrawnOn, 5), sample.DueOn);
        Assert.Contains(
            "Grade every question on the tool&#x27;s scale",
            await offScale.Content.ReadAsStringAsync(cancellationToken),
            StringComparison.Ordinal
        );
        Assert.Contains(
            "The child is not in the sample",
            await notSampled.Content.ReadAsStringAsync(cancellationToken),
            StringComparison.Ordinal
        );
        Assert.Contains($"November practice week: 1 of {cases.Count} audited", samples, StringComparison.Ordinal);
        Assert.Contains("To moderate", samples, StringComparison.Ordinal);
        Assert.Contains("Picked for moderation", audits, StringComparison.Ordinal);
        Assert.Contains("Management oversight (1 Good)", audits, StringComparison.Ordinal);
        await using var read = server.Database.NewContext();
        var recorded = await read.CaseAudits.SingleAsync(cancellationToken);
        Assert.Equal((toolId, (long?)sample.Id, cases[0]), (recorded.ToolId, recorded.SampleId, recorded.ChildId));
        Assert.Equal(
            ["AuditTool", "AuditSample", "AuditSampleCase", "CaseAudit"],
            (
                await read
                    .AuditEntries.Where(a => a.EntityType.StartsWith("Audit") || a.EntityType == "CaseAudit")
                    .OrderBy(a => a.Id)
                    .Select(a => a.EntityType)
                    .ToListAsync(cancellationToken)
            ).Distinct()
        );
    }
}
