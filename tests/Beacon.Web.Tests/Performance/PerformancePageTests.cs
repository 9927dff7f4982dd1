using System.Net;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.Performance;

/// <summary>The performance dashboard and indicator pages over the demo framework (Halton Q1 2013/14, demonstration indicators).</summary>
public sealed class PerformancePageTests(BeaconServers servers) : IClassFixture<BeaconServers>
{
    [Theory]
    [BothDatabases]
    public async Task The_dashboard_shows_ratings_and_direction_of_travel_with_text_not_colour_alone(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Councillor));

        // Explicit quarter: other tests in this class record ratings for later quarters.
        var page = await client.GetStringAsync("/performance?quarter=2013-Q1");

        Assert.Contains("Q1 2013/14", page, StringComparison.Ordinal);
        Assert.Contains("Complete the Childcare Sufficiency Assessment", page, StringComparison.Ordinal);
        // CFS 02 is lower-is-better: 19% against 17% a year before is worse.
        var cfs02 = Row(page, "CFS 02");
        Assert.Contains("Worse", cfs02, StringComparison.Ordinal);
        Assert.Contains("Better", Row(page, "CFS 01"), StringComparison.Ordinal);
        // LAS 02's Q1 value is suppressed: no direction, and the symbol is shown, not a zero.
        var las02 = Row(page, "LAS 02");
        Assert.Contains("N/A", las02, StringComparison.Ordinal);
        Assert.Contains(">c<", las02, StringComparison.Ordinal);
    }

    [Theory]
    [BothDatabases]
    public async Task A_lead_officer_cannot_change_another_officers_indicator(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.LeadOfficer));
        var theirs = await IndicatorIdAsync(server, "CFS 01");
        var auditBefore = await CountAsync(server, "audit_entries");

        var update = await client.PostFormAsync(
            $"/performance/indicators/{theirs}?quarter=2013-Q1&handler=Update",
            new Dictionary<string, string>
            {
                ["Value"] = "1",
                ["Rating"] = "Red",
                ["Reason"] = "Not mine to rate",
                ["Commentary"] = "Not mine",
            }
        );
        var page = await client.GetStringAsync($"/performance/indicators/{theirs}?quarter=2013-Q1");

        Assert.Equal(HttpStatusCode.Forbidden, update.StatusCode);
        Assert.DoesNotContain("Save update", page, StringComparison.Ordinal);
        Assert.Equal(auditBefore, await CountAsync(server, "audit_entries"));
    }

    [Theory]
    [BothDatabases]
    public async Task A_lead_officer_rates_and_comments_on_their_own_indicator(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.LeadOfficer));
        var own = await IndicatorIdAsync(server, "COPS 01");

        var comment = await client.PostFormAsync(
            $"/performance/indicators/{own}?quarter=2013-Q1&handler=Update",
            new Dictionary<string, string> { ["Commentary"] = "Take-up is ahead of last year." }
        );
        var page = await client.GetStringAsync($"/performance/indicators/{own}?quarter=2013-Q1");

        Assert.Equal(HttpStatusCode.Redirect, comment.StatusCode);
        Assert.Contains("Take-up is ahead of last year. (AMc)", page, StringComparison.Ordinal);
    }

    [Theory]
    [BothDatabases]
    public async Task Departing_from_the_proposal_needs_a_reason_and_every_rating_change_is_audited_with_it(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));
        var id = await IndicatorIdAsync(server, "CFS 02");
        var url = $"/performance/indicators/{id}?quarter=2013-Q1&handler=Update";

        // Beacon proposes Red for CFS 02 at Q1: 19% against 15%, and its best fall in a quarter (1 point) cannot get there.
        var refused = await client.PostFormAsync(url, new Dictionary<string, string> { ["Rating"] = "Green" });
        var accepted = await client.PostFormAsync(url, new Dictionary<string, string> { ["Rating"] = "Red" });
        var overridden = await client.PostFormAsync(
            url,
            new Dictionary<string, string>
            {
                ["Rating"] = "Amber",
                ["Reason"] = "Step-down audit shows the repeat plans were right; the trend is turning",
            }
        );

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(
            "Give a reason for rating it Green when Beacon proposes Red",
            await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal
        );
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (accepted.StatusCode, overridden.StatusCode));
        await using var db = server.Database.NewContext();
        var entries = await db
            .AuditEntries.Where(a =>
                a.EntityType == "ProgressRating"
                && a.Actor == BeaconServer.UserFor(BeaconRole.PerformanceOfficer)
                && a.After!.Contains("\"SubjectType\":\"Indicator\"")
            )
            .OrderBy(a => a.Id)
            .ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2, entries.Count);
        Assert.Equal("Created", entries[0].Action);
        Assert.StartsWith("Accepted Beacon's proposal", entries[0].Reason, StringComparison.Ordinal);
        Assert.Equal("Changed", entries[1].Action);
        Assert.Contains("\"Rating\":\"Red\"", entries[1].Before, StringComparison.Ordinal);
        Assert.Contains("\"Rating\":\"Amber\"", entries[1].After, StringComparison.Ordinal);
        Assert.Equal("Step-down audit shows the repeat plans were right; the trend is turning", entries[1].Reason);
    }

    [Theory]
    [BothDatabases]
    public async Task A_changed_target_needs_a_reason_and_is_audited_and_a_lead_officer_cannot_set_targets(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        var id = await IndicatorIdAsync(server, "COPS 01");
        var url = $"/performance/indicators/{id}?quarter=2013-Q1&handler=Target";
        using var lead = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.LeadOfficer));
        using var officer = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));

        var byLead = await lead.PostFormAsync(
            url,
            new Dictionary<string, string> { ["Target.Annual"] = "500", ["Target.Reason"] = "Mine" }
        );
        var noReason = await officer.PostFormAsync(url, new Dictionary<string, string> { ["Target.Annual"] = "650" });
        var notANumber = await officer.PostFormAsync(
            url,
            new Dictionary<string, string> { ["Target.Annual"] = "six hundred", ["Target.Reason"] = "x" }
        );
        var changed = await officer.PostFormAsync(
            url,
            new Dictionary<string, string>
            {
                ["Target.Annual"] = "650",
                ["Target.Q2"] = "300",
                ["Target.Reason"] = "More eligible families after the DWP data share",
            }
        );

        Assert.Equal(HttpStatusCode.Forbidden, byLead.StatusCode);
        Assert.Contains(
            "Give a reason for changing the target",
            await noReason.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal
        );
        Assert.Contains(
            "Enter the target as a number",
            await notANumber.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal
        );
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        await using var db = server.Database.NewContext();
        var target = await db.IndicatorTargets.SingleAsync(
            t => t.IndicatorId == id && t.Year == 2013,
            TestContext.Current.CancellationToken
        );
        Assert.Equal((650m, (decimal?)300m), (target.AnnualTarget, target.Q2Target));
        var entry = await db
            .AuditEntries.Where(a => a.EntityType == "Target")
            .OrderByDescending(a => a.Id)
            .FirstAsync(TestContext.Current.CancellationToken);
        Assert.Equal(("Changed", "More eligible families after the DWP data share"), (entry.Action, entry.Reason));
        Assert.Contains("\"AnnualTarget\":600", entry.Before, StringComparison.Ordinal);
        Assert.Contains("\"AnnualTarget\":650", entry.After, StringComparison.Ordinal);
    }

    [Theory]
    [BothDatabases]
    public async Task A_value_that_is_not_a_figure_is_refused_with_a_message(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));
        var id = await IndicatorIdAsync(server, "LAS 01");

        var response = await client.PostFormAsync(
            $"/performance/indicators/{id}?quarter=2013-Q1&handler=Update",
            new Dictionary<string, string> { ["Value"] = "eighty" }
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(
            "Enter the value as a number, or a symbol",
            await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal
        );
    }

    [Theory]
    [BothDatabases]
    public async Task The_dashboard_shows_a_value_as_soon_as_it_is_recorded(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));
        var id = await IndicatorIdAsync(server, "LAS 01");
        // A quarter no other test writes to, so that the first view is the cached one.
        const string dashboard = "/performance?quarter=2015-Q3";

        var before = Row(await client.GetStringAsync(dashboard), "LAS 01");
        var recorded = await client.PostFormAsync(
            $"/performance/indicators/{id}?quarter=2015-Q3&handler=Update",
            new Dictionary<string, string> { ["Value"] = "93.5" }
        );
        var after = Row(await client.GetStringAsync(dashboard), "LAS 01");

        Assert.DoesNotContain(">93.5<", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Contains(">93.5<", after, StringComparison.Ordinal);
    }

    [Theory]
    [BothDatabases]
    public async Task A_performance_officer_adds_changes_and_removes_narrative_and_the_report_follows(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));
        const string page = "/performance/narrative?quarter=2014-Q2";

        var refused = await client.PostFormAsync(page + "&handler=Save", new Dictionary<string, string> { ["Kind"] = "EmergingIssues" });
        var added = await client.PostFormAsync(
            page + "&handler=Save",
            new Dictionary<string, string>
            {
                ["Kind"] = "EmergingIssues",
                ["PartTitle"] = "Sufficiency of foster carers",
                ["Body"] = "Recruitment is behind plan.\r\n\r\nA campaign starts in September.",
            }
        );
        await using var db = server.Database.NewContext();
        var part = await db.Narratives.SingleAsync(n => n.Year == 2014 && n.Quarter == 2, TestContext.Current.CancellationToken);
        var report = await client.GetStringAsync("/performance?handler=Report&quarter=2014-Q2&format=html");
        var changed = await client.PostFormAsync(
            $"{page}&id={part.Id}&handler=Save",
            new Dictionary<string, string>
            {
                ["Kind"] = "RiskControl",
                ["PartTitle"] = "Sufficiency of foster carers",
                ["Body"] = "Recruitment has recovered.",
            }
        );
        var dashboard = await client.GetStringAsync("/performance?quarter=2014-Q2");
        var removed = await client.PostFormAsync($"{page}&id={part.Id}&handler=Remove", new Dictionary<string, string>());

        Assert.Contains(
            "Enter the text",
            await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal
        );
        Assert.Equal(
            (HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect),
            (added.StatusCode, changed.StatusCode, removed.StatusCode)
        );
        Assert.Equal("Recruitment is behind plan.\n\nA campaign starts in September.", part.Body);
        Assert.Contains(
            "<h3>3.1 Sufficiency of foster carers</h3><p>Recruitment is behind plan.</p><p>A campaign starts in September.</p>",
            report,
            StringComparison.Ordinal
        );
        Assert.Contains("Recruitment has recovered.", dashboard, StringComparison.Ordinal);
        Assert.False(await db.Narratives.AnyAsync(n => n.Year == 2014 && n.Quarter == 2, TestContext.Current.CancellationToken));
        var audit = await db
            .AuditEntries.Where(a =>
                a.EntityType == "Narrative" && a.EntityId == part.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)
            )
            .OrderBy(a => a.Id)
            .Select(a => new { a.Action, a.Reason })
            .ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["Created", "Changed", "Deleted"], audit.Select(a => a.Action));
        Assert.Equal("Narrative for Q2 2014/15 removed", audit[^1].Reason);
    }

    [Theory]
    [BothDatabases]
    public async Task Only_those_who_may_edit_see_the_narrative_link_though_the_dashboard_body_is_shared(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var officer = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));
        using var councillor = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Councillor));

        var first = await officer.GetStringAsync("/performance?quarter=2015-Q1");
        var second = await councillor.GetStringAsync("/performance?quarter=2015-Q1");

        Assert.Contains("Write the report's narrative for Q1 2015/16", first, StringComparison.Ordinal);
        Assert.DoesNotContain("narrative for", second, StringComparison.Ordinal);
    }

    [Theory]
    [BothDatabases]
    public async Task An_indicator_has_a_trend_chart_beside_its_table(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Councillor));
        var id = await IndicatorIdAsync(server, "CFS 01");

        var page = await client.GetStringAsync($"/performance/indicators/{id}?quarter=2013-Q1");
        var chart = await client.GetAsync($"/performance/indicators/{id}?handler=Chart&quarter=2013-Q1");
        var png = await chart.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Contains("alt=\"Trend chart of", page, StringComparison.Ordinal);
        Assert.Equal("image/png", chart.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        // A blank 640x260 PNG is under 1 KB; a drawn chart is several, even where no font is installed for its labels.
        Assert.True(png.Length > 2_000, $"a {png.Length}-byte image is too small to hold a chart");
    }

    [Theory]
    [BothDatabases]
    public async Task A_lead_officer_cannot_rate_another_officers_milestone(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.LeadOfficer));
        var theirs = await MilestoneIdAsync(server, "CFS1");

        var rate = await client.PostFormAsync(
            $"/performance/milestones/{theirs}?quarter=2013-Q1&handler=Update",
            new Dictionary<string, string> { ["Rating"] = "Green" }
        );

        Assert.Equal(HttpStatusCode.Forbidden, rate.StatusCode);
    }

    [Theory]
    [BothDatabases]
    public async Task A_milestone_past_its_due_date_is_proposed_red_and_a_green_rating_needs_a_reason(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));
        var id = await MilestoneIdAsync(server, "CFS4");
        // Due 31 March 2014: by the end of Q1 2014/15 it is overdue and not marked complete.
        var url = $"/performance/milestones/{id}?quarter=2014-Q1";

        var page = await client.GetStringAsync(url);
        var refused = await client.PostFormAsync(url + "&handler=Update", new Dictionary<string, string> { ["Rating"] = "Green" });
        var recorded = await client.PostFormAsync(
            url + "&handler=Update",
            new Dictionary<string, string> { ["Rating"] = "Green", ["Reason"] = "Completed on time; the completion date was not entered" }
        );

        Assert.Contains("Red</strong>", Between(page, "Beacon proposes", "Recorded rating"), StringComparison.Ordinal);
        Assert.Contains(
            "Give a reason for rating it Green when Beacon proposes Red",
            await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal
        );
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        await using var db = server.Database.NewContext();
        var audit = await db
            .AuditEntries.Where(a => a.EntityType == "ProgressRating")
            .OrderByDescending(a => a.Id)
            .FirstAsync(TestContext.Current.CancellationToken);
        Assert.Equal("Completed on time; the completion date was not entered", audit.Reason);
    }

    [Theory]
    [BothDatabases]
    public async Task A_milestone_in_time_is_rated_by_the_officer_without_a_proposal(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));
        var id = await MilestoneIdAsync(server, "CFS1");

        var response = await client.PostFormAsync(
            $"/performance/milestones/{id}?quarter=2013-Q1&handler=Update",
            new Dictionary<string, string> { ["Rating"] = "Red" }
        );

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = server.Database.NewContext();
        var entry = await db
            .AuditEntries.Where(a => a.EntityType == "ProgressRating" && a.Action == "Changed")
            .OrderByDescending(a => a.Id)
            .FirstAsync(TestContext.Current.CancellationToken);
        Assert.Contains("\"Rating\":\"Amber\"", entry.Before, StringComparison.Ordinal);
        Assert.Contains("\"Rating\":\"Red\"", entry.After, StringComparison.Ordinal);
        Assert.Equal("Rated by the responsible officer", entry.Reason);
    }

    [Theory]
    [BothDatabases]
    public async Task The_milestone_form_keeps_the_commentary_when_the_rating_is_refused_and_saves_both_together(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));
        var id = await MilestoneIdAsync(server, "CFS4");
        var url = $"/performance/milestones/{id}?quarter=2014-Q1";
        var auditBefore = await CountAsync(server, "audit_entries");
        var form = new Dictionary<string, string> { ["Rating"] = "Green", ["Commentary"] = "The review reported to Cabinet in March." };

        var refused = await client.PostFormAsync(url + "&handler=Update", form);
        var page = await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var auditAfterRefusal = await CountAsync(server, "audit_entries");
        form["Reason"] = "Completed on time; the completion date was not entered";
        var saved = await client.PostFormAsync(url + "&handler=Update", form);
        var banner = await client.GetStringAsync(saved.Headers.Location!.OriginalString);

        Assert.Contains("<title>Error: ", page, StringComparison.Ordinal);
        Assert.Contains("id=\"Reason-error\"", page, StringComparison.Ordinal);
        Assert.Contains("The review reported to Cabinet in March.</textarea>", page, StringComparison.Ordinal);
        Assert.Equal(auditBefore, auditAfterRefusal);
        Assert.EndsWith("saved=rating-commentary", saved.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("Saved the rating and the commentary for Q1 2014/15", banner, StringComparison.Ordinal);
        Assert.Contains("The review reported to Cabinet in March.", banner, StringComparison.Ordinal);
    }

    [Theory]
    [BothDatabases]
    public async Task Nothing_typed_into_the_indicator_form_is_lost_when_one_part_is_refused(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.LeadOfficer));
        var id = await IndicatorIdAsync(server, "COPS 01");
        var auditBefore = await CountAsync(server, "audit_entries");

        // 200 children by Q3 2013/14 against 600, at best 170 a quarter: Beacon proposes Red, so Green needs a reason.
        var refused = await client.PostFormAsync(
            $"/performance/indicators/{id}?quarter=2013-Q3&handler=Update",
            new Dictionary<string, string>
            {
                ["Value"] = "200",
                ["Rating"] = "Green",
                ["Commentary"] = "Outreach through the children's centres starts in July.",
            }
        );
        var page = await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("<title>Error: ", page, StringComparison.Ordinal);
        Assert.Contains("govuk-error-summary", page, StringComparison.Ordinal);
        Assert.Contains("id=\"Reason-error\"", page, StringComparison.Ordinal);
        Assert.Contains("Give a reason for rating it Green when Beacon proposes Red", page, StringComparison.Ordinal);
        Assert.Contains("value=\"200\"", page, StringComparison.Ordinal);
        Assert.Contains("Outreach through the children&#x27;s centres starts in July.</textarea>", page, StringComparison.Ordinal);
        Assert.Matches("id=\"Rating\" name=\"Rating\" type=\"radio\" value=\"Green\" checked", page);
        Assert.Equal(auditBefore, await CountAsync(server, "audit_entries"));
    }

    [Theory]
    [BothDatabases]
    public async Task One_save_keeps_the_value_rating_and_commentary_and_says_so(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.LeadOfficer));
        var id = await IndicatorIdAsync(server, "COPS 01");
        var url = $"/performance/indicators/{id}?quarter=2016-Q2";

        var saved = await client.PostFormAsync(
            url + "&handler=Update",
            new Dictionary<string, string>
            {
                ["Value"] = "320",
                ["Rating"] = "Amber",
                ["Reason"] = "Q2 is always the quiet quarter",
                ["Commentary"] = "Health visitors now refer at the two-year check.",
            }
        );
        var page = await client.GetStringAsync(saved.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("govuk-notification-banner--success", page, StringComparison.Ordinal);
        Assert.Contains("Saved the value, rating and commentary for Q2 2016/17", page, StringComparison.Ordinal);
        Assert.Contains("Health visitors now refer at the two-year check. (AMc)", page, StringComparison.Ordinal);
        await using var db = server.Database.NewContext();
        var value = await db.IndicatorValues.SingleAsync(
            v => v.IndicatorId == id && v.Year == 2016 && v.Quarter == 2,
            TestContext.Current.CancellationToken
        );
        Assert.Equal(320m, value.Value);
    }

    [Theory]
    [BothDatabases]
    public async Task Beacons_proposal_is_shown_but_no_rating_is_chosen_for_the_officer(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.LeadOfficer));
        var id = await IndicatorIdAsync(server, "COPS 01");

        var page = await client.GetStringAsync($"/performance/indicators/{id}?quarter=2013-Q2");
        var form = page[page.IndexOf("handler=Update", StringComparison.Ordinal)..];

        Assert.Contains("Beacon proposes", form, StringComparison.Ordinal);
        Assert.DoesNotContain("checked", form, StringComparison.Ordinal);
    }

    [Theory]
    [BothDatabases]
    public async Task An_empty_indicator_form_is_refused_with_an_inline_message(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.LeadOfficer));
        var id = await IndicatorIdAsync(server, "COPS 01");

        var refused = await client.PostFormAsync(
            $"/performance/indicators/{id}?quarter=2016-Q3&handler=Update",
            new Dictionary<string, string> { ["Value"] = "" }
        );
        var page = await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("id=\"Value-error\"", page, StringComparison.Ordinal);
        Assert.Contains("Enter a value, choose a rating or write commentary for Q3 2016/17", page, StringComparison.Ordinal);
    }

    private static async Task<int> MilestoneIdAsync(BeaconServer server, string reference)
    {
        await using var db = server.Database.NewContext();
        return await db
            .Milestones.Where(m => m.ObjectiveReference == reference)
            .OrderBy(m => m.Id)
            .Select(m => m.Id)
            .FirstAsync(TestContext.Current.CancellationToken);
    }

    private static string Between(string page, string start, string end)
    {
        var from = page.IndexOf(start, StringComparison.Ordinal);
        return page[from..page.IndexOf(end, from, StringComparison.Ordinal)];
    }

    private static async Task<int> IndicatorIdAsync(BeaconServer server, string reference)
    {
        await using var db = server.Database.NewContext();
        return await db
            .Indicators.Where(i => i.Reference == reference)
            .Select(i => i.Id)
            .SingleAsync(TestContext.Current.CancellationToken);
    }

    private static Task<long> CountAsync(BeaconServer server, string table) => server.Database.CountAsync(table);

    private static string Row(string page, string reference)
    {
        var start = page.IndexOf($">{reference}<", StringComparison.Ordinal);
        Assert.True(start >= 0, $"{reference} is not on the page");
        return page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}
