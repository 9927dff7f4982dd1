using System.Net;
using Beacon.Application.Demo;
using Beacon.Data;
using Beacon.Data.Audit;
using Beacon.Domain.Access;
using Beacon.Domain.Audit;
using Beacon.Import.AnnexA;
using Beacon.Testing;

namespace Beacon.Web.Tests.Access;

/// <summary>
/// The audit trail keeps the confidentiality of what it records: every reader sees that an entry exists, and only
/// those who may see a child's records or a school's rating see what such entries say.
/// </summary>
public sealed class AuditPageTests(BeaconServers servers) : IClassFixture<BeaconServers>
{
    /// <summary>Written out by hand: which readers of the audit trail may read each confidential kind.</summary>
    public static TheoryData<BeaconRole, bool, bool> Readers =>
        new()
        {
            { BeaconRole.Administrator, false, false },
            { BeaconRole.PerformanceOfficer, false, false },
            { BeaconRole.SchoolImprovementOfficer, false, true },
            { BeaconRole.SocialCareManager, true, false },
        };

    [Theory]
    [BothDatabases]
    public async Task Each_role_reads_the_contents_only_of_audit_entries_about_what_it_may_see(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        await LoadTheDemosChildLevelRecordsAsync(server);
        var childLevel = AuditedTypes.Confidential(AuditConfidentiality.ChildLevel);
        var ratings = AuditedTypes.Confidential(AuditConfidentiality.SchoolRating);
        await using (var db = server.Database.NewContext())
        {
            // The demo must hold entries of each kind the test reads, or it would prove nothing.
            foreach (
                var kind in new[]
                {
                    "IroDispute",
                    "IroDisputeStep",
                    "FlexibleTimescale",
                    "AuditSample",
                    "CaseAuditModeration",
                    "SchoolRating",
                    "SupportGroup",
                }
            )
            {
                Assert.True(db.AuditEntries.Any(e => e.EntityType == kind), $"the demo has no {kind} entry");
            }
        }

        foreach (var row in Readers)
        {
            var (role, readsChildren, readsRatings) = row.Data;
            using var client = await server.SignedInAsync(BeaconServer.UserFor(role));
            foreach (var (kinds, reads) in new[] { (childLevel, readsChildren), (ratings, readsRatings) })
            {
                foreach (var kind in kinds)
                {
                    var page = await client.GetStringAsync($"/audit?entity={kind}");
                    var csv = await client.GetStringAsync($"/audit?entity={kind}&handler=csv");
                    if (!page.Contains($"Created {kind}", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    Assert.True(reads != page.Contains("Withheld", StringComparison.Ordinal), $"{role} reading {kind}: withheld");
                    Assert.True(reads == page.Contains("After: <code>", StringComparison.Ordinal), $"{role} reading {kind}: contents");
                    Assert.True(reads != csv.Contains(",withheld,", StringComparison.Ordinal), $"{role} exporting {kind}");
                }
            }

            var open = await client.GetStringAsync("/audit?entity=Indicator");
            Assert.Contains("After: <code>", open, StringComparison.Ordinal);
        }

        foreach (var role in new[] { BeaconRole.LeadOfficer, BeaconRole.Councillor, BeaconRole.Headteacher })
        {
            using var client = await server.SignedInAsync(BeaconServer.UserFor(role));
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/audit")).StatusCode);
        }
    }

    /// <summary>The demo's readiness records, over Ofsted's synthetic Annex A sample, as `serve --demo` loads them.</summary>
    private static async Task LoadTheDemosChildLevelRecordsAsync(BeaconServer server)
    {
        await using var db = server.Database.NewContext();
        if (db.AuditEntries.Any(e => e.EntityType == "IroDispute"))
        {
            return;
        }

        var load = await TestImports.RunAsync(
            server.Database,
            new AnnexAFormat(AnnexAMap.Shipped),
            SharedData.Require("annex-a", "Annex_A_sample.xlsx")
        );
        Assert.True(load.Succeeded);
        await SocialCareDemo.SeedAsync(db, DateOnly.FromDateTime(DateTime.Today), TestContext.Current.CancellationToken);
    }

    [Theory]
    [BothDatabases]
    public async Task Dates_at_the_ends_of_the_calendar_and_malformed_dates_do_not_break_the_audit_page(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Administrator));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/audit?To=9999-12-31")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/audit?From=0001-01-01")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/audit?From=not-a-date")).StatusCode);
    }
}
