using System.Net;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.Protocol;

/// <summary>The protocol's other records through the running app: criteria versions, support, letters, the summary SEF, self-evaluation.</summary>
public sealed class ProtocolRecordsTests(BeaconServers servers) : IClassFixture<BeaconServers>
{
    private static readonly string Officer = BeaconServer.UserFor(BeaconRole.SchoolImprovementOfficer);

    [Theory]
    [BothDatabases]
    public async Task An_administrator_saves_a_new_version_and_a_bad_one_is_refused_while_officers_only_read_them(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var admin = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Administrator));
        using var officer = await server.SignedInAsync(Officer);
        var shipped = await ReadJsonAsync(admin);
        var revised = shipped
            .Replace("\"version\": 1", "\"version\": 7", StringComparison.Ordinal)
            .Replace("2013-09-01", "2014-09-01", StringComparison.Ordinal)
            .Replace("\"threshold\": 10", "\"threshold\": 8", StringComparison.Ordinal);

        var unknownCheck = await admin.PostFormAsync(
            "/schools/protocol",
            new Dictionary<string, string> { ["Json"] = revised.Replace("below-floor", "below-ceiling", StringComparison.Ordinal) },
            "/schools/protocol"
        );
        var notJson = await admin.PostFormAsync(
            "/schools/protocol",
            new Dictionary<string, string> { ["Json"] = "{ criteria: " },
            "/schools/protocol"
        );
        var byOfficer = await officer.PostFormAsync(
            "/schools/protocol",
            new Dictionary<string, string> { ["Json"] = revised },
            "/schools/protocol"
        );
        var saved = await admin.PostFormAsync(
            "/schools/protocol",
            new Dictionary<string, string> { ["Json"] = revised },
            "/schools/protocol"
        );
        var opened = await officer.PostFormAsync(
            "/schools/reviews",
            new Dictionary<string, string>
            {
                ["Term"] = CurrentTerm(),
                ["Meeting.Day"] = "30",
                ["Meeting.Month"] = "11",
                ["Meeting.Year"] = "2026",
            },
            "/schools/reviews"
        );

        Assert.Contains("Beacon has no check called &#x27;below-ceiling&#x27;", await Body(unknownCheck), StringComparison.Ordinal);
        Assert.Contains("The criteria are not valid", await Body(notJson), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, byOfficer.StatusCode);
        Assert.Equal(("/schools/protocol?version=3", HttpStatusCode.Redirect), (saved.Headers.Location?.OriginalString, saved.StatusCode));
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        await using var db = server.Database.NewContext();
        Assert.Equal([3], await db.ProtocolVersions.Select(v => v.Version).ToListAsync(TestContext.Current.CancellationToken));
        var reviews = await db.SchoolReviews.OrderBy(r => r.MeetingDate).ToListAsync(TestContext.Current.CancellationToken);
        // The demo's 2013 reviews keep version 1; a review opened after the new version is in force uses it.
        Assert.Equal([1, 1, 3], reviews.Select(r => r.ProtocolVersion));
        Assert.Contains("threshold 8", await officer.GetStringAsync("/schools/protocol?version=3"), StringComparison.Ordinal);
        Assert.Contains("threshold 10", await officer.GetStringAsync("/schools/protocol?version=1"), StringComparison.Ordinal);
        Assert.Single(
            await db.AuditEntries.Where(a => a.EntityType == "ProtocolVersion").ToListAsync(TestContext.Current.CancellationToken)
        );
    }

    [Theory]
    [BothDatabases]
    public async Task The_support_page_records_groups_meetings_actions_and_notices_and_flags_where_the_protocol_is_not_followed(
        DatabaseProvider provider
    )
    {
        var server = await servers.OnAsync(provider);
        using var officer = await server.SignedInAsync(Officer);
        const string path = "/schools/990003/support";
        var overdue = await officer.GetStringAsync(path);
        var demoGroup = await FirstAsync(server, db => db.SupportGroups.Where(g => g.Urn == 990003).Select(g => g.Id));
        var ended = await officer.PostFormAsync($"{path}?handler=Close&groupId={demoGroup}", new Dictionary<string, string>(), path);
        var before = await officer.GetStringAsync(path);

        var invalid = await officer.PostFormAsync(
            path + "?handler=StartGroup",
            new Dictionary<string, string> { ["Form.Kind"] = "OfficerGroup" },
            path
        );
        var started = await Post(
            officer,
            path,
            "StartGroup",
            new()
            {
                ["Form.Kind"] = "OfficerGroup",
                ["Form.Chair"] = "Assistant Director",
                ["Form.Members"] = "SIO, HR adviser",
                ["Form.MeetEveryDays"] = "42",
                ["Form.Text"] = "getting to good",
                ["Form.On.Day"] = "2",
                ["Form.On.Month"] = "11",
                ["Form.On.Year"] = "2026",
            }
        );
        var groupId = await FirstAsync(server, db => db.SupportGroups.Where(g => g.Urn == 990003 && g.EndedOn == null).Select(g => g.Id));
        var met = await Post(
            officer,
            path,
            "Meeting",
            new()
            {
                ["Form.GroupId"] = groupId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Form.On.Day"] = "16",
                ["Form.On.Month"] = "11",
                ["Form.On.Year"] = "2026",
                ["Form.Text"] = "Maths teaching improving",
            }
        );
        var action = await Post(
            officer,
            path,
            "Action",
            new()
            {
                ["Form.Text"] = "Review the maths scheme of work",
                ["Form.Owner"] = "SIO",
                ["Form.On.Day"] = "18",
                ["Form.On.Month"] = "12",
                ["Form.On.Year"] = "2026",
            }
        );
        var badNotice = await officer.PostFormAsync(
            path + "?handler=Notice",
            new Dictionary<string, string>
            {
                ["Form.On.Day"] = "20",
                ["Form.On.Month"] = "11",
                ["Form.On.Year"] = "2026",
                ["Form.Text"] = "Standards",
                ["Form.Due.Day"] = "1",
                ["Form.Due.Month"] = "11",
                ["Form.Due.Year"] = "2026",
            },
            path
        );
        var notice = await officer.PostFormAsync(
            path + "?handler=Notice",
            new Dictionary<string, string>
            {
                ["Form.On.Day"] = "20",
                ["Form.On.Month"] = "11",
                ["Form.On.Year"] = "2026",
                ["Form.Text"] = "Unacceptably low standards of performance",
                ["Form.Due.Day"] = "4",
                ["Form.Due.Month"] = "12",
                ["Form.Due.Year"] = "2026",
            },
            path
        );
        var referral = await Post(
            officer,
            path,
            "Referral",
            new()
            {
                ["Form.On.Day"] = "20",
                ["Form.On.Month"] = "11",
                ["Form.On.Year"] = "2026",
                ["Form.Text"] = "Unacceptably low standards of performance",
            }
        );
        var after = await officer.GetStringAsync(path);

        // The demo's Officer Group last met in June 2013: overdue. Ended, the school causing concern has none.
        Assert.Contains("Officer Group meeting overdue: last met 3 Jun 2013, due by 15 Jul 2013", overdue, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Contains("RED/AMBER school with no Officer Group", before, StringComparison.Ordinal);
        Assert.DoesNotContain("meeting overdue", before, StringComparison.Ordinal);
        Assert.Contains("Enter who chairs the group", await Body(invalid), StringComparison.Ordinal);
        Assert.Contains("Enter the date a response is due, after the notice is issued", await Body(badNotice), StringComparison.Ordinal);
        // Harbour Academy is an academy: no Warning Notice under section 60, a referral to the commissioner instead.
        Assert.Contains(
            "The local authority cannot give an academy a Warning Notice; refer it to the Regional Schools Commissioner instead",
            await Body(notice),
            StringComparison.Ordinal
        );
        Assert.All([started, met, action, referral], r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Contains(
            "The support record is saved",
            await officer.GetStringAsync(referral.Headers.Location!.OriginalString),
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("no Officer Group", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Officer Group meeting overdue", after, StringComparison.Ordinal);
        Assert.Contains("16 November 2026: Maths teaching improving", after, StringComparison.Ordinal);
        Assert.Contains("Referred 20 November 2026: Unacceptably low standards of performance", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Record Warning Notice", after, StringComparison.Ordinal);
        await using var db = server.Database.NewContext();
        var audited = await db
            .AuditEntries.Where(a => a.Actor == Officer)
            .Select(a => a.EntityType)
            .ToListAsync(TestContext.Current.CancellationToken);
        Assert.Superset(
            new HashSet<string> { "SupportGroup", "SupportMeeting", "SupportAction", "CommissionerReferral" },
            audited.ToHashSet()
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (
                await (await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Headteacher))).GetAsync("/schools/990001/support")
            ).StatusCode
        );
    }

    [Theory]
    [BothDatabases]
    public async Task The_authoritys_edited_letter_is_the_one_the_headteacher_downloads(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var officer = await server.SignedInAsync(Officer);
        using var head = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Headteacher));

        var saved = await officer.PostFormAsync(
            "/schools/letter-template",
            new Dictionary<string, string>
            {
                ["Body"] = "Dear colleague\n{school} is {rating} for {term}; {unknown} stays.\nSupport: {support plan}",
            },
            "/schools/letter-template"
        );
        var letter = await head.GetAsync("/schools/990001?handler=Letter");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(
            await letter.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken),
            false
        );
        var paragraphs = document
            .MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Select(p => p.InnerText)
            .ToList();
        var dear = paragraphs.IndexOf("Dear colleague");
        Assert.Equal(
            "Northmoor Church of England Primary School is AMBER/GREEN for Summer 2012/13; {unknown} stays.",
            paragraphs[dear + 1]
        );
        Assert.StartsWith("Support: Termly SIP visits", paragraphs[dear + 2], StringComparison.Ordinal);
    }

    [Theory]
    [BothDatabases]
    public async Task A_headteacher_writes_their_own_schools_summary_SEF_with_a_judgement_for_each_Ofsted_section(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var head = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Headteacher));
        const string path = "/schools/990001/sef?term=Autumn%202013%2F14";
        var fields = new Dictionary<string, string> { ["Term"] = "Autumn 2013/14" };
        string[] sections =
        [
            "School context",
            "Achievement",
            "Quality of teaching",
            "Behaviour and safety",
            "Leadership and management",
            "Overall effectiveness",
        ];
        for (var i = 0; i < sections.Length; i++)
        {
            fields[$"Sections[{i}].Section"] = sections[i];
            fields[$"Sections[{i}].Judgement"] = i == 0 ? "" : "2";
            fields[$"Sections[{i}].Strengths"] = $"Strength {i}";
            fields[$"Sections[{i}].WhyNotNextGradeUp"] = i == 0 ? "" : "Not yet consistent across year groups";
        }

        var missing = await head.PostFormAsync(
            "/schools/990001/sef",
            new Dictionary<string, string>(fields) { ["Sections[2].Judgement"] = "" },
            path
        );
        var saved = await head.PostFormAsync("/schools/990001/sef", fields, path);
        var other = await head.GetAsync("/schools/990002/sef");

        Assert.Contains("Quality of teaching: select a judgement on the Ofsted scale", await Body(missing), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        await using var db = server.Database.NewContext();
        var rows = await db
            .SummarySefSections.Where(s => s.Urn == 990001)
            .OrderBy(s => s.Id)
            .ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([null, 2, 2, 2, 2, 2], rows.Select(r => r.Judgement));
        Assert.All(rows, r => Assert.Equal("Autumn 2013/14", r.Term));
    }

    [Theory]
    [BothDatabases]
    public async Task The_self_evaluation_records_each_aspects_strengths_and_weaknesses_with_its_evidence(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var officer = await server.SignedInAsync(Officer);

        var refused = await officer.PostFormAsync(
            "/schools/self-evaluation",
            new Dictionary<string, string> { ["Aspect"] = "4", ["Strengths"] = "Early Officer Groups" },
            "/schools/self-evaluation"
        );
        var saved = await officer.PostFormAsync(
            "/schools/self-evaluation",
            new Dictionary<string, string>
            {
                ["Aspect"] = "4",
                ["Strengths"] = "Early Officer Groups",
                ["Weaknesses"] = "Academies referred late",
                ["Evidence"] = "Every school causing concern has an Officer Group; two Warning Notices issued",
            },
            "/schools/self-evaluation"
        );
        var page = await officer.GetStringAsync("/schools/self-evaluation");

        var refusedPage = await Body(refused);
        Assert.Contains("Enter the evidence for the strengths and weaknesses", refusedPage, StringComparison.Ordinal);
        Assert.Contains("id=\"Evidence-error\"", refusedPage, StringComparison.Ordinal);
        Assert.Contains("Early Officer Groups</textarea>", refusedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("two Warning Notices issued", page, StringComparison.Ordinal);
        Assert.Contains("Academies referred late", page, StringComparison.Ordinal);
        await using var db = server.Database.NewContext();
        Assert.Single(
            await db.AuditEntries.Where(a => a.EntityType == "SelfEvaluation").ToListAsync(TestContext.Current.CancellationToken)
        );
    }

    [Theory]
    [BothDatabases]
    public async Task Ofsteds_overarching_judgement_is_recorded_with_its_re_inspection_window_and_a_date_error_is_inline(
        DatabaseProvider provider
    )
    {
        var server = await servers.OnAsync(provider);
        using var officer = await server.SignedInAsync(Officer);
        var form = new Dictionary<string, string>
        {
            ["Source"] = "Ofsted inspection",
            ["Judgement"] = "Ineffective",
            ["JudgedOn.Day"] = "31",
            ["JudgedOn.Month"] = "2",
            ["JudgedOn.Year"] = "2014",
            ["Summary"] = "Support is not focused where need is greatest",
        };

        var refused = await officer.PostFormAsync("/schools/inspection?handler=Judgement", form, "/schools/inspection");
        form["JudgedOn.Day"] = "14";
        var saved = await officer.PostFormAsync("/schools/inspection?handler=Judgement", form, "/schools/inspection");
        var page = await officer.GetStringAsync(saved.Headers.Location!.OriginalString);

        var refusedPage = await Body(refused);
        Assert.Contains("<title>Error: ", refusedPage, StringComparison.Ordinal);
        Assert.Contains("id=\"JudgedOn-error\"", refusedPage, StringComparison.Ordinal);
        Assert.Contains("The date of the judgement must be a real date", refusedPage, StringComparison.Ordinal);
        Assert.Contains("value=\"31\"", refusedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("The judgement is recorded", page, StringComparison.Ordinal);
        Assert.Contains("Re-inspection is expected between 14 November 2014 and 14 February 2015", page, StringComparison.Ordinal);
        Assert.Contains("ineffective judgement of 14 February 2014, each action is set against the aspect", page, StringComparison.Ordinal);
    }

    private static string CurrentTerm() => Beacon.Domain.Periods.AcademicTerm.Of(DateOnly.FromDateTime(DateTime.UtcNow)).ToString();

    private static async Task<string> ReadJsonAsync(BrowserlessClient client)
    {
        var page = await client.GetStringAsync("/schools/protocol");
        var start = page.IndexOf("<textarea", StringComparison.Ordinal);
        start = page.IndexOf('>', start) + 1;
        return WebUtility.HtmlDecode(page[start..page.IndexOf("</textarea>", start, StringComparison.Ordinal)]);
    }

    private static Task<HttpResponseMessage> Post(
        BrowserlessClient client,
        string path,
        string handler,
        Dictionary<string, string> fields
    ) => client.PostFormAsync($"{path}?handler={handler}", fields, path);

    private static async Task<T> FirstAsync<T>(BeaconServer server, Func<Beacon.Data.BeaconDbContext, IQueryable<T>> query)
    {
        await using var db = server.Database.NewContext();
        return await query(db).FirstAsync(TestContext.Current.CancellationToken);
    }

    private static Task<string> Body(HttpResponseMessage response) =>
        response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
}
