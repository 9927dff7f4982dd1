using System.Net;
using Beacon.Application.Schools;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Domain.Achievement;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.Schools;

/// <summary>Floor standards edited in the running app: checked, kept with who and why, and in force for the summaries.</summary>
public sealed class FloorStandardsPageTests(BeaconServers servers) : IClassFixture<BeaconServers>
{
    private const string Path = "/schools/floor-standards";

    [Theory]
    [BothDatabases]
    public async Task An_administrator_saves_new_rules_with_a_reason_and_they_are_the_ones_in_force(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        var cancellationToken = TestContext.Current.CancellationToken;
        using var admin = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Administrator));
        using var officer = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.SchoolImprovementOfficer));
        // The shipped rules stopped in 2018, when DfE withdrew them; an authority keeps its own threshold after.
        var rules =
            AchievementCatalog.Shipped.FloorStandardsJson().TrimEnd().TrimEnd(']')
            + """, {"keyStage":"KS4","from":2019,"to":2025,"description":"Local: Progress 8 below -0.5","rule":{"measure":"ks4_p8","below":-0.5}}]""";

        var byOfficer = await officer.PostFormAsync(Path, new Dictionary<string, string> { ["Json"] = rules, ["Reason"] = "x" }, Path);
        var wrong = await admin.PostFormAsync(
            Path,
            new Dictionary<string, string>
            {
                ["Json"] = rules.Replace("ks4_p8\",\"below\":-0.5}}]", "ks4_q9\",\"below\":-0.5}}]", StringComparison.Ordinal),
                ["Reason"] = "",
            },
            Path
        );
        var saved = await admin.PostFormAsync(
            Path,
            new Dictionary<string, string> { ["Json"] = rules, ["Reason"] = "Scrutiny asked for a local floor" },
            Path
        );
        var page = await officer.GetStringAsync(Path);

        Assert.Equal(HttpStatusCode.Forbidden, byOfficer.StatusCode);
        var refused = await wrong.Content.ReadAsStringAsync(cancellationToken);
        Assert.Contains("ks4_q9 is not a measure of this key stage", refused, StringComparison.Ordinal);
        Assert.Contains("Enter why the floor standards change", refused, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Local: Progress 8 below -0.5", page, StringComparison.Ordinal);
        Assert.Contains("Scrutiny asked for a local floor", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Save the rules", page, StringComparison.Ordinal);
        await using var db = server.Database.NewContext();
        var inForce = await AchievementCatalogs.InForceAsync(db, cancellationToken);
        Assert.Equal("Local: Progress 8 below -0.5", inForce.FloorFor("KS4", 2022)!.Description);
        Assert.Equal(AchievementCatalog.Shipped.FloorFor("KS2", 2016)!.Description, inForce.FloorFor("KS2", 2016)!.Description);
        Assert.Single(await db.AuditEntries.Where(a => a.EntityType == "FloorStandardsVersion").ToListAsync(cancellationToken));
    }
}
