using System.Net;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Domain.Schools;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.Schools;

/// <summary>
/// Monitoring visits and inspections recorded from Ofsted's letters, which Ofsted's files do not list: checked,
/// audited, shown in the school's history and read by the protocol's proposals. A server of its own, since the
/// visit changes a demo school's proposal.
/// </summary>
public sealed class RecordInspectionTests(BeaconServers servers) : IClassFixture<BeaconServers>
{
    private const string Path = "/schools/990002/inspections/new";

    [Theory]
    [BothDatabases]
    public async Task A_monitoring_visit_is_checked_audited_shown_and_read_by_the_proposals(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.SchoolImprovementOfficer));

        var noType = await Record(client, new() { ["StartDate"] = "2013-06-10" });
        var noOutcome = await Record(client, new() { ["Type"] = "Monitoring", ["StartDate"] = "2013-06-10" });
        var future = await Record(client, Visit("2099-01-01"));
        var publishedFirst = await Record(client, new(Visit("2013-06-10")) { ["PublicationDate"] = "2013-06-01" });
        var categoryNotInadequate = await Record(
            client,
            new()
            {
                ["Type"] = "Graded",
                ["StartDate"] = "2013-06-10",
                ["Grade"] = "3",
                ["Category"] = "Special Measures",
            }
        );
        var reportCardEra = await Record(
            client,
            new()
            {
                ["Type"] = "Graded",
                ["StartDate"] = "2025-12-01",
                ["Grade"] = "2",
            }
        );
        var recorded = await Record(client, new(Visit("2013-06-10")) { ["PublicationDate"] = "2013-06-20" });
        var recordedPage = await client.GetStringAsync(recorded);
        var again = await Record(client, Visit("2013-06-10"));
        var notADate = await Record(client, Visit("2013-02-31"));

        Assert.Contains("Select what Ofsted carried out", noType, StringComparison.Ordinal);
        Assert.Contains("Select the monitoring visit&#x27;s outcome", noOutcome, StringComparison.Ordinal);
        Assert.Contains("must be today or in the past", future, StringComparison.Ordinal);
        Assert.Contains("The publication date must be on or after the date it began", publishedFirst, StringComparison.Ordinal);
        Assert.Contains("A category of concern goes only with an Inadequate grade", categoryNotInadequate, StringComparison.Ordinal);
        Assert.Contains("Inspections from 10 November 2025 have report cards", reportCardEra, StringComparison.Ordinal);
        Assert.StartsWith("/schools/inspections/", recorded, StringComparison.Ordinal);
        Assert.Contains("The visit or inspection is recorded.", recordedPage, StringComparison.Ordinal);
        Assert.Contains("already has a monitoring visit on that date", again, StringComparison.Ordinal);
        Assert.Contains("The date it began must be a real date", notADate, StringComparison.Ordinal);
        Assert.Contains("value=\"31\"", notADate, StringComparison.Ordinal);

        await using var db = server.Database.NewContext();
        var visits = await db
            .Inspections.Where(i => i.Urn == 990002 && i.Type == InspectionTypes.Monitoring)
            .ToListAsync(TestContext.Current.CancellationToken);
        var visit = Assert.Single(visits);
        Assert.Equal(
            (new DateOnly(2013, 6, 10), (DateOnly?)new DateOnly(2013, 6, 20), "Progress is inadequate", (int?)null),
            (visit.StartDate, visit.PublicationDate, visit.Outcome, visit.OverallEffectiveness)
        );
        var audit = await db
            .AuditEntries.Where(a =>
                a.EntityType == "Inspection" && a.EntityId == visit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)
            )
            .SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(
            (BeaconServer.UserFor(BeaconRole.SchoolImprovementOfficer), "Created", "Recorded from Ofsted's monitoring letter"),
            (audit.Actor, audit.Action, audit.Reason)
        );

        var school = await client.GetStringAsync("/schools/990002");
        Assert.Contains("Progress is inadequate", school, StringComparison.Ordinal);
        // The visit came after the school's last graded inspection (March 2013), so the protocol's R5 is met.
        var proposals = await client.GetStringAsync("/schools/proposals");
        Assert.Contains(
            "R5 School is judged to be making inadequate progress as an outcome from a monitoring visit (monitoring visits, latest first: Progress is inadequate)",
            proposals,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData(BeaconRole.Headteacher, DatabaseProvider.Sqlite)]
    [InlineData(BeaconRole.Headteacher, DatabaseProvider.Postgres)]
    [InlineData(BeaconRole.PerformanceOfficer, DatabaseProvider.Sqlite)]
    [InlineData(BeaconRole.PerformanceOfficer, DatabaseProvider.Postgres)]
    [InlineData(BeaconRole.Councillor, DatabaseProvider.Sqlite)]
    [InlineData(BeaconRole.Councillor, DatabaseProvider.Postgres)]
    public async Task Only_school_improvement_officers_record_visits(BeaconRole role, DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(role));

        var page = await client.GetAsync(Path);

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
    }

    private static Dictionary<string, string> Visit(string date) =>
        new()
        {
            ["Type"] = "Monitoring",
            ["StartDate"] = date,
            ["MonitoringOutcome"] = "Progress is inadequate",
        };

    // The page's text when the form is refused, or where it redirected when it was taken. Dates are written here
    // as 2013-06-10 and typed into the form's day, month and year boxes.
    private static async Task<string> Record(BrowserlessClient client, Dictionary<string, string> form)
    {
        foreach (var (field, boxes) in new[] { ("StartDate", "Started."), ("PublicationDate", "Published.") })
        {
            if (form.Remove(field, out var date))
            {
                var parts = date.Split('-');
                (form[boxes + "Year"], form[boxes + "Month"], form[boxes + "Day"]) = (parts[0], parts[1], parts[2]);
            }
        }

        var response = await client.PostFormAsync(Path, form, Path);
        return response.StatusCode == HttpStatusCode.Redirect
            ? response.Headers.Location!.OriginalString
            : await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }
}
