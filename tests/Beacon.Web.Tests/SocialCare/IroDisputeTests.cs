using System.Net;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Domain.SocialCare;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.SocialCare;

/// <summary>IRO disputes through the formal resolution process in the running app.</summary>
public sealed class IroDisputeTests(BeaconServers servers) : IClassFixture<BeaconServers>
{
    private const string Path = "/social-care/iro-disputes";

    [Theory]
    [BothDatabases]
    public async Task A_dispute_is_raised_escalated_stage_by_stage_to_the_last_and_resolved_all_audited(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var manager = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.SocialCareManager));
        var cancellationToken = TestContext.Current.CancellationToken;

        var incomplete = await manager.PostFormAsync(Path, new Dictionary<string, string> { ["ChildId"] = "612306" }, Path);
        var raised = await manager.PostFormAsync(
            Path,
            new Dictionary<string, string>
            {
                ["ChildId"] = "612306",
                ["RaisedBy"] = "IRO A. Khan",
                ["Concern"] = "Permanence plan not progressed since the second review",
            },
            Path
        );
        long id;
        await using (var db = server.Database.NewContext())
        {
            id = await db.IroDisputes.Select(d => d.Id).SingleAsync(cancellationToken);
        }

        var fields = new Dictionary<string, string> { ["Dispute"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var noReason = await manager.PostFormAsync($"{Path}?handler=Escalate", fields, Path);
        var escalations = new List<HttpStatusCode>();
        for (var stage = 2; stage <= IroDisputeProcess.DefaultStages.Count; stage++)
        {
            escalations.Add(
                (
                    await manager.PostFormAsync(
                        $"{Path}?handler=Escalate",
                        new Dictionary<string, string>(fields) { ["Note"] = $"no reply at stage {stage - 1}" },
                        Path
                    )
                ).StatusCode
            );
        }

        var beyond = await manager.PostFormAsync(
            $"{Path}?handler=Escalate",
            new Dictionary<string, string>(fields) { ["Note"] = "still no reply" },
            Path
        );
        var open = await manager.GetStringAsync(Path);
        var resolved = await manager.PostFormAsync(
            $"{Path}?handler=Resolve",
            new Dictionary<string, string>(fields) { ["Note"] = "Plan agreed at a review brought forward" },
            Path
        );
        var again = await manager.PostFormAsync(
            $"{Path}?handler=Resolve",
            new Dictionary<string, string>(fields) { ["Note"] = "twice" },
            Path
        );
        var closed = await manager.GetStringAsync(Path);

        var incompletePage = await incomplete.Content.ReadAsStringAsync(cancellationToken);
        Assert.Contains("Enter the IRO who raised the dispute", incompletePage, StringComparison.Ordinal);
        Assert.Contains("Enter what the IRO is disputing", incompletePage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, raised.StatusCode);
        Assert.Contains(
            "Enter why the dispute goes to the next stage",
            await noReason.Content.ReadAsStringAsync(cancellationToken),
            StringComparison.Ordinal
        );
        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect], escalations);
        Assert.Contains(
            "The dispute is at the last stage",
            await beyond.Content.ReadAsStringAsync(cancellationToken),
            StringComparison.Ordinal
        );
        Assert.Contains("4. Director of children&#x27;s services", open, StringComparison.Ordinal);
        Assert.Contains("Stage 3 from", open, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.NotFound), (resolved.StatusCode, again.StatusCode));
        Assert.Contains("Plan agreed at a review brought forward", closed, StringComparison.Ordinal);
        Assert.DoesNotContain("Escalate to stage", closed, StringComparison.Ordinal);
        await using var read = server.Database.NewContext();
        Assert.Equal(
            ["IroDispute", "IroDisputeStep", "IroDisputeStep", "IroDisputeStep", "IroDisputeStep", "IroDispute"],
            await read
                .AuditEntries.Where(a => a.EntityType.StartsWith("IroDispute"))
                .OrderBy(a => a.Id)
                .Select(a => a.EntityType)
                .ToListAsync(cancellationToken)
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await (await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Councillor))).GetAsync(Path)).StatusCode
        );
    }
}
