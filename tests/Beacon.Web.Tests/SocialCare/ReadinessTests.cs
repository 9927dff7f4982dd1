using System.Net;
using Beacon.Data;
using Beacon.Data.SocialCare;
using Beacon.Domain.Access;
using Beacon.Import.AnnexA;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.SocialCare;

/// <summary>The social care manager's readiness dashboard over Ofsted's Annex A sample and records made overdue.</summary>
public sealed class ReadinessTests(BeaconServers servers) : IClassFixture<BeaconServers>
{
    private const string Path = "/social-care/readiness";

    [Theory]
    [BothDatabases]
    public async Task Every_measure_is_rated_with_its_months_and_last_extract_and_every_overdue_action_is_listed(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        var cancellationToken = TestContext.Current.CancellationToken;
        var load = await TestImports.RunAsync(
            server.Database,
            new AnnexAFormat(AnnexAMap.Shipped),
            SharedData.Require("annex-a", "Annex_A_sample.xlsx")
        );
        Assert.True(load.Succeeded);
        await using (var db = server.Database.NewContext())
        {
            // An earlier extract's assessment figure, an IRO dispute and a flexible timescale left since last year.
            db.PracticeMeasureResults.Add(
                new PracticeMeasureResult
                {
                    ImportRunId = 0,
                    AsAt = new DateOnly(2026, 1, 5),
                    Code = "assessments",
                    Count = 1,
                    Of = 4,
                }
            );
            var dispute = new IroDispute
            {
                ChildId = "612306",
                RaisedBy = "IRO A. Khan",
                RaisedOn = new DateOnly(2025, 6, 2),
                Concern = "Plan drift",
            };
            var direction = new FlexibleTimescaleRecord
            {
                ChildId = "10692868",
                WorkingDays = 60,
                DecidedBy = "Team manager",
                DecidedOn = new DateOnly(2025, 6, 2),
                Reason = "Interpreter",
            };
            db.AddRange(dispute, direction);
            await db.SaveChangesAsync(cancellationToken);
            db.IroDisputeSteps.Add(
                new IroDisputeStep
                {
                    DisputeId = dispute.Id,
                    Stage = 1,
                    StartedOn = new DateOnly(2025, 6, 2),
                    RecordedBy = "manager",
                    Note = "raised",
                }
            );
            await db.SaveChangesAsync(cancellationToken);
        }

        using var manager = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.SocialCareManager));
        var page = await manager.GetStringAsync(Path);

        int measures;
        await using (var db = server.Database.NewContext())
        {
            measures = await db.PracticeMeasureResults.CountAsync(r => r.ImportRunId == load.Run!.Id, cancellationToken);
        }

        // The import recorded each of the ten measures; the page rates those with a target and gives the extract's six months.
        Assert.Equal(10, measures);
        Assert.Equal(9, System.Text.RegularExpressions.Regex.Count(page, "govuk-tag--(green|yellow|red)\">(Green|Amber|Red)<"));
        Assert.Contains(">Not rated<", page, StringComparison.Ordinal);
        // "As at" is the extract's latest event, beside today's date; no configuration key is shown to the manager.
        Assert.Matches(@"Figures as at</dt>\s*<dd class=""govuk-summary-list__value"">\s*\d+ \w+ 2021, the extract", page);
        Assert.Contains("(today is ", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Beacon:Site", page, StringComparison.Ordinal);
        Assert.Contains(">Mar 2021</th>", page, StringComparison.Ordinal);
        Assert.Contains(">Oct 2020</th>", page, StringComparison.Ordinal);
        Assert.Equal(4, System.Text.RegularExpressions.Regex.Count(page, "At a point in time"));
        Assert.Contains("25.0%</td>", page, StringComparison.Ordinal);
        Assert.Contains("List 8: Children looked after", page, StringComparison.Ordinal);
        Assert.Contains("IRO dispute at stage 1", page, StringComparison.Ordinal);
        Assert.Contains("Weekly review of a flexible assessment timescale", page, StringComparison.Ordinal);
        // The sample's children on a plan were last visited in 2021: every one is overdue a visit today.
        Assert.Contains(
            "Children on a plan visited within the last 10 working days</a></td><td class=\"govuk-table__cell\">Child",
            page,
            StringComparison.Ordinal
        );
        foreach (var role in new[] { BeaconRole.PerformanceOfficer, BeaconRole.Councillor, BeaconRole.Headteacher })
        {
            using var refused = await server.SignedInAsync(BeaconServer.UserFor(role));
            Assert.Equal(HttpStatusCode.Forbidden, (await refused.GetAsync(Path)).StatusCode);
        }
    }
}
