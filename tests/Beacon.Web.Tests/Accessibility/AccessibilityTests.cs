using System.Text.Json;
using Beacon.Application.Demo;
using Beacon.Domain.Access;
using Beacon.Testing;
using Beacon.Web.Tests.Lait;
using Microsoft.Playwright;

namespace Beacon.Web.Tests.Accessibility;

/// <summary>
/// axe-core in headless Chromium on the pages people use first. Any serious or critical violation fails
/// the test (WCAG 2.2 AA rules and axe's best practices).
/// </summary>
public sealed class AccessibilityTests(BeaconServer server) : IClassFixture<BeaconServer>, IAsyncLifetime
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    // xunit makes an instance per test: the signed-in cookies are kept for the server's life, keyed by the server.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(BeaconServer Server, string User), string> SignedIn = new();

    public async ValueTask InitializeAsync()
    {
        var chromium = "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(
                    "Chromium is not installed: CI must run the accessibility tests (scripts/test installs it)."
                );
            }

            Assert.Skip("Chromium is not installed; scripts/test installs it from Debian's packages.");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(
            new()
            {
                ExecutablePath = chromium,
                Headless = true,
                Args =
                [
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--disable-quic",
                ],
            }
        );
    }

    [Fact]
    public async Task The_check_itself_catches_a_critical_violation()
    {
        var page = await NewPageAsync();
        await page.SetContentAsync(
            "<!DOCTYPE html><html lang=\"en\"><head><title>Control</title></head><body><main><h1>Control</h1><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"></main></body></html>"
        );

        var error = await Record.ExceptionAsync(() => AssertNoSeriousViolationsAsync(page, "control"));

        Assert.Contains("image-alt (critical)", error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_page_has_no_serious_violations()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(Url("/sign-in"));

        await AssertNoSeriousViolationsAsync(page, "sign-in");
    }

    [Fact]
    public async Task The_sign_in_page_with_an_error_has_no_serious_violations()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(Url("/sign-in"));
        await page.ClickAsync("button[type=submit]");

        Assert.Contains("Enter your user name and password", await page.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(page, "sign-in with error");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/imports")]
    [InlineData("/imports/upload")]
    [InlineData("/audit")]
    [InlineData("/schools")]
    [InlineData("/committees")]
    [InlineData("/admin/users")]
    [InlineData("/admin/users/demo-performance-officer")]
    [InlineData("/finance")]
    [InlineData("/finance/savings")]
    [InlineData("/performance/risks")]
    [InlineData("/performance/equality")]
    [InlineData("/performance/equality/EIA-EIG-2014-15")]
    [InlineData("/finance/savings/EIG-2014-15")]
    [InlineData("/performance")]
    [InlineData("/schools/outcomes?from=2013-03-01&to=2013-07-31")]
    [InlineData("/schools/990003")]
    [InlineData("/schools/achievement")]
    [InlineData("/schools/achievement/explore")]
    [InlineData("/sector")]
    [InlineData("/sector/profiles/805")]
    [InlineData("/sector/indicators/rereferral_pct")]
    [InlineData("/social-care/inspections?la=805")]
    [InlineData("/social-care/measures")]
    [InlineData("/social-care/fostering")]
    [InlineData("/schools/floor-standards")]
    public async Task An_administrators_page_has_no_serious_violations(string path)
    {
        var page = await SignedInPageAsync(BeaconServer.UserFor(BeaconRole.Administrator));
        var response = await page.GotoAsync(Url(path));

        Assert.Equal(200, response?.Status);
        await AssertNoSeriousViolationsAsync(page, path);
    }

    [Fact]
    public async Task LAITs_views_have_no_serious_violations()
    {
        await LaitSample.LoadAsync(server.Database);
        var page = await SignedInPageAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));
        const string measure = "/sector/lait/measure?key=InfMort&topic=Health%20and%20Wellbeing&la=805";
        foreach (
            var path in new[]
            {
                "/sector/lait",
                "/sector/lait/topic?name=Health%20and%20Wellbeing",
                measure,
                measure + "&view=neighbours&grouping=by-year",
                measure + "&view=region",
                measure + "&view=all&sort=rank",
                "/sector/lait/measure?key=Vacancies_cover&topic=Children%27s%20Services%20Workforce&la=201",
                "/sector/lait/warnings?la=805",
                "/sector/datasets",
                "/sector/datasets?name=lait",
                "/sector/lait/own?measures=InfMort&measures=LACFinance&places=970&neighboursOf=420",
                "/sector/lait/own?measures=1&measures=2&measures=3&measures=4&measures=5&measures=6&measures=7&measures=8&measures=9&measures=10&measures=11",
            }
        )
        {
            var response = await page.GotoAsync(Url(path));
            Assert.Equal(200, response?.Status);
            await AssertNoSeriousViolationsAsync(page, path);
        }
    }

    [Fact]
    public async Task The_upload_validation_report_has_no_serious_violations()
    {
        var page = await SignedInPageAsync(BeaconServer.UserFor(BeaconRole.Administrator));
        await page.GotoAsync(Url("/imports/upload"));
        var file = Path.Combine(Path.GetTempPath(), $"beacon-axe-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "time_period,geographic_level\n2025,Nowhere\n", TestContext.Current.CancellationToken);
        await page.SetInputFilesAsync("#Upload", file);
        await page.ClickAsync("button:has-text('Check and import')");
        File.Delete(file);

        Assert.Contains("Validation report", await page.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(page, "upload with validation report");
    }

    [Fact]
    public async Task The_self_assessment_moderation_and_tartan_rug_pages_with_their_errors_have_no_serious_violations()
    {
        var page = await SignedInPageAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));
        await page.GotoAsync(Url("/self-assessments"));
        await AssertNoSeriousViolationsAsync(page, "self-assessments");
        await page.ClickAsync("button:has-text('Start the self-assessment')");
        Assert.Contains("There is a problem", await page.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(page, "self-assessments with errors");

        await page.ClickAsync("a:has-text(\"Children's services self-assessment\")");
        await AssertNoSeriousViolationsAsync(page, "a signed and moderated self-assessment");
        await page.ClickAsync("a:has-text('Revision')");
        await AssertNoSeriousViolationsAsync(page, "a revision as signed");
        await page.GoBackAsync();
        await page.ClickAsync("a:has-text('Change')");
        await page.FillAsync("#Narrative", new string('x', 20_001));
        await page.ClickAsync("button:has-text('Save the area')");
        Assert.Contains("There is a problem", await page.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(page, "an area with an error");
        await page.GotoAsync(Url("/sector/region"));
        await AssertNoSeriousViolationsAsync(page, "the tartan rug");
        await page.GotoAsync(Url("/sector/inspections"));
        await AssertNoSeriousViolationsAsync(page, "the region's inspection calendar");

        var panel = await SignedInPageAsync(BeaconServer.UserFor(BeaconRole.RegionalModerator));
        await panel.GotoAsync(Url("/moderation"));
        await AssertNoSeriousViolationsAsync(panel, "moderation");
        await panel.ClickAsync("a:has-text(\"Children's services self-assessment\")");
        await AssertNoSeriousViolationsAsync(panel, "a shared self-assessment before the panel");
        await panel.ClickAsync("button:has-text('Record the panel')");
        Assert.Contains("There is a problem", await panel.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(panel, "the panel's form with errors");
    }

    [Fact]
    public async Task The_core_dataset_pages_of_the_authority_and_the_region_with_their_errors_have_no_serious_violations()
    {
        var officer = await SignedInPageAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));
        await officer.GotoAsync(Url("/performance/core-dataset"));
        await AssertNoSeriousViolationsAsync(officer, "the authority's core dataset returns");
        await officer.ClickAsync("button:has-text('Check and send the return')");
        Assert.Contains("Select the return to send", await officer.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(officer, "the authority's core dataset returns with an error");
        var refused = Path.Combine(Path.GetTempPath(), $"return-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(refused, "indicator,value,narrative\nrereferral_pct,140,\n", TestContext.Current.CancellationToken);
        await officer.SetInputFilesAsync("#Upload", refused);
        await officer.ClickAsync("button:has-text('Check and send the return')");
        File.Delete(refused);
        Assert.Contains("Validation report: nothing was imported", await officer.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(officer, "a refused return's validation report");

        var region = await SignedInPageAsync(BeaconServer.UserFor(BeaconRole.RegionalModerator));
        await region.GotoAsync(Url("/region/core-dataset"));
        await AssertNoSeriousViolationsAsync(region, "the region's calls");
        await region.FillAsync("#Quarter", "2026-Q9");
        await region.ClickAsync("button:has-text('Make the call')");
        Assert.Contains("There is a problem", await region.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(region, "a call with errors");
        await region.Locator("table a.govuk-link").Last.ClickAsync();
        Assert.Contains("top or bottom fifth", await region.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(region, "a quarter's returns");
    }

    [Fact]
    public async Task The_performance_risk_and_brokered_support_pages_with_their_errors_have_no_serious_violations()
    {
        var officer = await SignedInPageAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));
        await officer.GotoAsync(Url("/improvement/risks"));
        await AssertNoSeriousViolationsAsync(officer, "the authority's performance risks");
        await officer.ClickAsync("button:has-text('Raise the risk')");
        Assert.Contains("Enter the risk in a line", await officer.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(officer, "a risk with errors");
        await officer.ClickAsync("button:has-text('Record the status')");
        Assert.Contains("Select the intervention", await officer.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(officer, "the intervention status with errors");

        var region = await SignedInPageAsync(BeaconServer.UserFor(BeaconRole.RegionalModerator));
        await region.GotoAsync(Url("/region/support"));
        await AssertNoSeriousViolationsAsync(region, "brokered support");
        await region.ClickAsync("table a.govuk-link");
        await AssertNoSeriousViolationsAsync(region, "a shared risk with its package");
        await region.ClickAsync("button:has-text('Broker the support')");
        Assert.Contains("Enter who provides the support", await region.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(region, "a package with errors");
    }

    [Fact]
    public async Task The_peer_challenge_pages_of_the_authority_and_its_peers_with_their_errors_have_no_serious_violations()
    {
        var officer = await SignedInPageAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));
        await officer.GotoAsync(Url("/peer-challenges"));
        await AssertNoSeriousViolationsAsync(officer, "the authority's peer challenges");
        await officer.ClickAsync("button:has-text('Ask for the peer challenge')");
        Assert.Contains("Enter the challenge's scope", await officer.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(officer, "a request with errors");
        await officer.ClickAsync("a:has-text('Help and protection')");
        await AssertNoSeriousViolationsAsync(officer, "a challenge from request to follow-up");

        var peer = await SignedInPageAsync(PeerChallengeDemo.LeadPeer);
        await peer.GotoAsync(Url("/peer-reviews"));
        await AssertNoSeriousViolationsAsync(peer, "serving as a peer");
        await peer.ClickAsync("table a.govuk-link");
        await AssertNoSeriousViolationsAsync(peer, "a challenge as its team reads it");
        await peer.FillAsync("#Strengths", "");
        await peer.ClickAsync("button:has-text('Report the findings')");
        Assert.Contains("Enter the strengths the team found", await peer.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(peer, "the findings with errors");
    }

    [Fact]
    public async Task An_indicator_page_with_its_forms_and_an_error_has_no_serious_violations()
    {
        var page = await SignedInPageAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));
        await page.GotoAsync(Url("/performance"));
        await page.ClickAsync("a:has-text('second or subsequent plan')");
        await AssertNoSeriousViolationsAsync(page, "indicator page");

        await page.CheckAsync("#Rating");
        await page.ClickAsync("button:has-text('Save update')");

        Assert.Contains("There is a problem", await page.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(page, "indicator page with an error");

        await page.GotoAsync(Url("/performance"));
        await page.ClickAsync("a:has-text('Complete the Childcare Sufficiency Assessment')");
        await AssertNoSeriousViolationsAsync(page, "milestone page");
    }

    [Fact]
    public async Task The_equality_assessment_saving_option_and_risk_forms_with_errors_have_no_serious_violations()
    {
        var page = await SignedInPageAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));
        await page.GotoAsync(Url("/performance/equality/EIA-EIG-2014-15"));
        await AssertNoSeriousViolationsAsync(page, "equality assessment with its forms");

        await page.ClickAsync("button:has-text('Record progress on action 1')");

        Assert.Contains("There is a problem", await page.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(page, "equality assessment with an error");

        await page.GotoAsync(Url($"/finance/savings/options/{server.SavingOptionId}"));
        await AssertNoSeriousViolationsAsync(page, "saving option with its forms");
        await page.FillAsync("#planned", "");
        await page.ClickAsync("button:has-text('Record the delivery')");

        Assert.Contains("There is a problem", await page.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(page, "saving option with errors");

        await page.GotoAsync(Url("/performance/risks/new"));
        await page.FillAsync("#review-on", "31");
        await page.ClickAsync("button:has-text('Add the risk')");

        Assert.Contains("must include a month and year", await page.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(page, "add a risk, with errors");

        await page.GotoAsync(Url("/performance/equality/edit/EIA-EIG-2014-15"));
        await AssertNoSeriousViolationsAsync(page, "change an equality impact assessment");
        await page.FillAsync("#title", "");
        await page.ClickAsync("button:has-text('Save the assessment')");

        Assert.Contains("Enter what is assessed", await page.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(page, "change an equality impact assessment, with an error");
    }

    [Fact]
    public async Task The_narrative_and_finance_forms_have_no_serious_violations()
    {
        var page = await SignedInPageAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));
        await page.GotoAsync(Url("/performance?quarter=2013-Q1"));
        await page.ClickAsync("a:has-text('narrative for Q1 2013/14')");
        await AssertNoSeriousViolationsAsync(page, "narrative page");

        await page.ClickAsync("button:has-text('Add part')");

        Assert.Contains("There is a problem", await page.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(page, "narrative page with errors");

        await page.GotoAsync(Url("/finance?quarter=2013-Q1"));
        Assert.Contains("Save commentary", await page.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(page, "finance page with commentary forms");
    }

    [Fact]
    public async Task The_school_and_inspection_pages_with_their_forms_have_no_serious_violations()
    {
        var page = await SignedInPageAsync(BeaconServer.UserFor(BeaconRole.SchoolImprovementOfficer));
        await page.GotoAsync(Url("/schools/990001"));
        await AssertNoSeriousViolationsAsync(page, "school page with its link officer form");
        await page.ClickAsync("a:has-text('14 May 2013')");

        Assert.Contains("What the school does well", await page.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(page, "inspection page");

        await page.GotoAsync(Url("/schools/proposals"));
        await AssertNoSeriousViolationsAsync(page, "proposed ratings");

        // Recording a visit, refused for want of its type: the form with its error summary.
        await page.GotoAsync(Url("/schools/990001"));
        await page.ClickAsync("a:has-text('Record a monitoring visit or inspection')");
        await page.ClickAsync("button:has-text('Record it')");
        Assert.Contains("Select what Ofsted carried out", await page.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(page, "record a visit, with an error");
    }

    [Fact]
    public async Task The_protocol_pages_with_their_forms_and_errors_have_no_serious_violations()
    {
        var page = await SignedInPageAsync(BeaconServer.UserFor(BeaconRole.SchoolImprovementOfficer));
        foreach (
            var path in new[]
            {
                "/schools/reviews",
                "/schools/reviews/1",
                "/schools/reviews/1/report",
                "/schools/protocol",
                "/schools/letter-template",
                "/schools/self-evaluation?la=805",
                "/schools/990002/sef",
            }
        )
        {
            await page.GotoAsync(Url(path));
            await AssertNoSeriousViolationsAsync(page, path);
        }

        await page.GotoAsync(Url("/schools/reviews/2/schools/990002"));
        await page.CheckAsync("#Rating-Green");
        await page.ClickAsync("button:has-text('Record decision')");
        Assert.Contains("Give a reason for departing", await page.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(page, "a school in a review, with an error");

        await page.GotoAsync(Url("/schools/990003/support"));
        await page.ClickAsync("button:has-text('Convene group')");
        Assert.Contains("Enter who chairs the group", await page.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(page, "support page with errors");

        await page.GotoAsync(Url("/schools/inspection"));
        await AssertNoSeriousViolationsAsync(page, "inspection page");
        await page.FillAsync("#JudgedOn", "31");
        await page.ClickAsync("button:has-text('Record the judgement')");
        Assert.Contains("Select whose judgement it is", await page.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(page, "inspection page with errors");
        await page.ClickAsync("button:has-text('Add the action')");
        Assert.Contains("Enter the date the action is due", await page.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(page, "inspection action plan with errors");

        await page.GotoAsync(Url("/schools/achievement/record?la=E06000001"));
        await page.ClickAsync("button:has-text('Record the figure')");
        Assert.Contains("Select the measure", await page.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(page, "record a published figure, with errors");
    }

    [Fact]
    public async Task No_page_scrolls_sideways_on_a_320_pixel_screen()
    {
        var page = await SignedInPageAsync(BeaconServer.UserFor(BeaconRole.Administrator));
        await page.SetViewportSizeAsync(320, 640);
        var wide = new List<string>();
        foreach (
            var path in new[] { "/", "/performance", "/schools", "/sector/profiles/805", "/finance", "/committees", "/imports", "/audit" }
        )
        {
            await page.GotoAsync(Url(path));
            var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            if (width > 320)
            {
                wide.Add($"{path}: {width}px");
            }
        }

        Assert.True(wide.Count == 0, string.Join("; ", wide));
    }

    [Fact]
    public async Task A_printed_page_has_no_navigation_filters_or_forms()
    {
        var page = await SignedInPageAsync(BeaconServer.UserFor(BeaconRole.Administrator));
        await page.GotoAsync(Url("/schools"));
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        foreach (var selector in new[] { ".govuk-service-navigation", ".beacon-signed-in", "main form" })
        {
            Assert.False(await page.IsVisibleAsync(selector), selector + " is printed");
        }

        Assert.True(await page.IsVisibleAsync("main h1"));
    }

    [Fact]
    public async Task The_committee_pages_with_their_forms_and_an_error_have_no_serious_violations()
    {
        var page = await SignedInPageAsync(BeaconServer.UserFor(BeaconRole.DemocraticServicesOfficer));
        foreach (
            var path in new[]
            {
                "/committees",
                $"/committees/meetings/{server.OctoberMeetingId}",
                $"/committees/items/{server.PublicItemId}",
            }
        )
        {
            await page.GotoAsync(Url(path));
            await AssertNoSeriousViolationsAsync(page, path);
        }

        await page.GotoAsync(Url("/committees"));
        await page.ClickAsync("a:has-text('Work programme')");
        Assert.Contains("Work programme 2014/15", await page.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(page, "work programme");

        await page.GotoAsync(Url($"/committees/meetings/{server.OctoberMeetingId}"));
        await page.ClickAsync("summary:has-text('Correct resolution')");
        await page.FillAsync("textarea[name=Text]", "");
        await page.ClickAsync("button:text-is('Correct')");
        Assert.Contains("There is a problem", await page.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(page, "meeting page with an error");

        await page.GotoAsync(Url("/committees"));
        await page.ClickAsync("a:has-text('Schedule a meeting')");
        await page.ClickAsync("button:has-text('Schedule the meeting')");
        Assert.Contains("Enter the date of the meeting", await page.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(page, "schedule a meeting, with errors");
        await page.FillAsync("#starts-on", "14");
        await page.FillAsync("#starts-on-month", "1");
        await page.FillAsync("#starts-on-year", "2014");
        await page.FillAsync("#starts-at", "16:00");
        await page.FillAsync("#venue", "Council Chamber, Civic Centre");
        await page.ClickAsync("button:has-text('Schedule the meeting')");
        Assert.Contains("The meeting is scheduled", await page.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(page, "a new meeting, with its forms");
        await page.FillAsync("#title", "Looked after children: annual report");
        await page.ClickAsync("button:has-text('Add the item and write its paper')");
        await page.CheckAsync("#decision-KeyDecision");
        await page.ClickAsync("button:has-text('Save the paper')");
        Assert.Contains("Enter the key decision", await page.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(page, "write the paper, with an error");
    }

    [Fact]
    public async Task The_child_level_social_care_pages_and_their_forms_have_no_serious_violations()
    {
        var page = await SignedInPageAsync(BeaconServer.UserFor(BeaconRole.SocialCareManager));
        foreach (
            var path in new[]
            {
                "/social-care/annex-a",
                "/social-care/flexible-timescales",
                "/social-care/audit-tools",
                "/social-care/audit-samples",
                "/social-care/iro-disputes",
                "/social-care/readiness",
                "/social-care/audits",
                "/social-care/fostering/return",
                "/social-care/fostering/return?quarter=2013-Q1",
                "/social-care/fostering/return/action-plan?quarter=2013-Q1",
            }
        )
        {
            await page.GotoAsync(Url(path));
            await AssertNoSeriousViolationsAsync(page, path);
        }

        await page.GotoAsync(Url("/social-care/fostering/return/finance?quarter=2013-Q1"));
        await page.ClickAsync("button:has-text('Save and return to the task list')");
        Assert.Contains("Enter budget for the year", await page.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(page, "fostering financial state with errors");

        await page.GotoAsync(Url("/social-care/audits"));

        await page.ClickAsync("button:has-text('Record audit')");
        Assert.Contains("Grade every question", await page.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(page, "audits page with errors");

        await page.GotoAsync(Url("/social-care/iro-disputes"));
        await page.ClickAsync("button:has-text('Raise dispute')");
        Assert.Contains("Enter the IRO who raised the dispute", await page.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(page, "IRO disputes with errors");
        await page.FillAsync("#ChildId", "612306");
        await page.FillAsync("#RaisedBy", "IRO A. Khan");
        await page.FillAsync("#Concern", "Plan drift");
        await page.ClickAsync("button:has-text('Raise dispute')");
        Assert.Contains("Escalate to stage 2", await page.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(page, "an open IRO dispute");

        await page.GotoAsync(Url("/social-care/audit-tools"));
        await page.ClickAsync("button:has-text('Save tool')");
        Assert.Contains("Enter the questions", await page.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(page, "audit tools with errors");
    }

    [Theory]
    [InlineData(BeaconRole.SchoolImprovementOfficer, "/schools/reviews/1/report?format=html")]
    [InlineData(BeaconRole.SocialCareManager, "/social-care/fostering?format=html")]
    [InlineData(BeaconRole.Councillor, "/performance?handler=Report&quarter=2013-Q1&format=html")]
    [InlineData(BeaconRole.SchoolImprovementOfficer, "/schools/outcomes?handler=Report&format=html&from=2013-03-01&to=2013-07-31")]
    public async Task An_HTML_report_has_no_serious_violations(BeaconRole role, string path)
    {
        var page = await SignedInPageAsync(BeaconServer.UserFor(role));
        var html = await page.APIRequest.GetAsync(Url(path));

        await page.SetContentAsync(await html.TextAsync());

        Assert.True(html.Ok, $"{path}: {html.Status}");
        Assert.Contains("<h2>", await page.ContentAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(page, path);
    }

    private async Task<IPage> NewPageAsync(string? storageState = null)
    {
        // Beacon's Content-Security-Policy forbids injected script; the test must inject axe-core.
        var context = await _browser!.NewContextAsync(new() { BypassCSP = true, StorageState = storageState });
        var page = await context.NewPageAsync();
        // A fresh machine's first Chromium start builds its font cache; allow for it rather than flake.
        page.SetDefaultTimeout(90_000);
        return page;
    }

    private async Task<IPage> SignedInPageAsync(string userName)
    {
        // Each person signs in through the form once per class; later pages reuse the cookie. Signing in for every
        // page made a hundred sign-ins, and under load one of them would time out.
        if (SignedIn.TryGetValue((server, userName), out var state))
        {
            return await NewPageAsync(state);
        }

        var page = await NewPageAsync();
        await page.GotoAsync(Url("/sign-in"));
        await page.FillAsync("#UserName", userName);
        await page.FillAsync("#Password", server.Passwords[userName]);
        await page.ClickAsync("button[type=submit]");
        // Signed in once the home page's address commits. Waiting for its load event as well has timed out under load
        // with the event already past (Playwright saw network idle, never "load"); every caller navigates next anyway.
        await page.WaitForURLAsync(Url("/"), new() { WaitUntil = WaitUntilState.Commit });
        SignedIn[(server, userName)] = await page.Context.StorageStateAsync();
        return page;
    }

    private string Url(string path) => new Uri(server.BaseAddress, path).ToString();

    private static async Task AssertNoSeriousViolationsAsync(IPage page, string name)
    {
        // A page checked signed in must not be the sign-in page it redirected to.
        Assert.True(
            name.StartsWith("sign-in", StringComparison.Ordinal) || !page.Url.Contains("/sign-in", StringComparison.Ordinal),
            $"{name}: not signed in ({page.Url})"
        );
        await page.AddScriptTagAsync(new() { Path = Path.Combine(RepositoryRoot.Path, "node_modules", "axe-core", "axe.min.js") });
        var json = await page.EvaluateAsync<string>(
            """
            async () => {
              const results = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
              return JSON.stringify(results.violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')) })));
            }
            """
        );
        var violations = JsonSerializer.Deserialize<List<Violation>>(json, WebJson)!;
        var serious = violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(
            serious.Count == 0,
            $"{name}: " + string.Join("; ", serious.Select(v => $"{v.Id} ({v.Impact}) at {string.Join(", ", v.Nodes)}"))
        );
    }

    private sealed record Violation(string Id, string? Impact, List<string> Nodes);

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
