using System.Net;
using Beacon.Data;
using Beacon.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.Committees;

/// <summary>
/// Democratic services build a meeting on the web, as GOV.UK forms do it: a date input and fields that name what
/// to put right, an item added by section, its paper written, the agenda published; councillors read it only then.
/// </summary>
public sealed class AgendaEditingTests(BeaconServers servers) : IClassFixture<BeaconServers>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Democratic_services_schedule_a_meeting_write_an_items_paper_and_publish_it_for_the_committees_councillors(
        DatabaseProvider provider
    )
    {
        var server = await servers.OnAsync(provider);
        using var clerk = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.DemocraticServicesOfficer));
        using var councillor = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Councillor));
        await using var db = server.Database.NewContext();
        var schedule = $"/committees/{server.CommitteeId}/meetings/new";

        var empty = await clerk.PostFormAsync(
            schedule,
            Fields(("Day", ""), ("Month", ""), ("Year", ""), ("Time", ""), ("Venue", "")),
            schedule
        );
        var unreal = await clerk.PostFormAsync(
            schedule,
            Fields(("Day", "31"), ("Month", "2"), ("Year", "2014"), ("Time", "16:00"), ("Venue", "Civic Centre")),
            schedule
        );
        var scheduled = await clerk.PostFormAsync(
            schedule,
            Fields(("Day", "3"), ("Month", "12"), ("Year", "2013"), ("Time", "16:00"), ("Venue", "Council Chamber, Civic Centre")),
            schedule
        );
        var meeting = scheduled.Headers.Location!.OriginalString.Split('?')[0];
        var added = await clerk.PostFormAsync(
            $"{meeting}?handler=AddItem",
            Fields(("Section", "ForInformation"), ("Title", "Looked after children: annual report")),
            meeting
        );
        var edit = added.Headers.Location!.OriginalString;
        var item = edit.Replace("/edit", "", StringComparison.Ordinal);
        var keyWithoutReference = await clerk.PostFormAsync(
            edit,
            Fields(
                ("Form.Title", "Looked after children: annual report"),
                ("Form.DecisionType", "KeyDecision"),
                ("Form.Source", "Written")
            ),
            edit
        );
        var written = await clerk.PostFormAsync(
            edit,
            Fields(
                ("Form.Title", "Looked after children: annual report"),
                ("Form.DecisionType", "ForInformation"),
                ("Form.Source", "Written"),
                ("Form.Sections[0].Heading", "Purpose of report"),
                ("Form.Sections[0].Text", "To inform members of the outcomes for children looked after in 2012/13."),
                ("Form.Recommendations", "That the report be noted.")
            ),
            edit
        );
        var beforePublishing = await councillor.GetAsync(item);
        var published = await clerk.PostFormAsync($"{meeting}?handler=Publish", Fields(), meeting);
        var paper = await councillor.GetStringAsync(item);
        var refused = await councillor.PostFormAsync(schedule, Fields(("Venue", "Civic Centre")), "/committees");

        await AssertShowsAsync(
            empty,
            "There is a problem",
            "Enter the date of the meeting",
            "Enter the time the meeting starts",
            "Enter where the meeting is held."
        );
        await AssertShowsAsync(unreal, "The date of the meeting must be a real date");
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        Assert.Matches("^/committees/items/[0-9]+/edit$", edit);
        await AssertShowsAsync(keyWithoutReference, "Enter the key decision&#x27;s forward plan reference");
        Assert.Equal(HttpStatusCode.Redirect, written.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, beforePublishing.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("To inform members of the outcomes for children looked after in 2012/13.", paper, StringComparison.Ordinal);
        Assert.Contains("There are no staff considerations.", paper, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var agenda = (
            await db.AgendaItems.Where(i => i.Meeting!.StartsAt == new DateTime(2013, 12, 3, 16, 0, 0, DateTimeKind.Utc)).ToListAsync(Token)
        )
            .OrderBy(i => i.Section)
            .Select(i => i.Title);
        Assert.Equal(
            [
                "Apologies for absence",
                "To receive any declarations of interest by members",
                "To confirm the minutes of the meeting held on Tuesday 5 November 2013",
                "Looked after children: annual report",
            ],
            agenda
        );
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> Fields(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value);

    private static async Task AssertShowsAsync(HttpResponseMessage response, params string[] texts)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync(Token);
        foreach (var text in texts)
        {
            Assert.Contains(text, page, StringComparison.Ordinal);
        }
    }
}
