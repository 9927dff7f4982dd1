using System.Net;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.Schools;

/// <summary>An officer records a published figure no file gives; the summary then shows it with its source.</summary>
public sealed class RecordAchievementFigurePageTests(BeaconServers servers) : IClassFixture<BeaconServers>
{
    private const string Path = "/schools/achievement/record?la=E06000001&Year=2012";

    [Theory]
    [BothDatabases]
    public async Task A_school_improvement_officer_records_a_figure_with_its_source_and_sees_it_confirmed(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        var token = TestContext.Current.CancellationToken;
        using var officer = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.SchoolImprovementOfficer));
        using var councillor = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Councillor));
        var figure = new Dictionary<string, string>
        {
            ["la"] = "E06000001",
            ["Measure"] = "ks5_a2_ac",
            ["Year"] = "2012",
            ["Place"] = "authority",
            ["Kind"] = "Figure",
            ["Value"] = "79",
            ["Source"] = "",
        };

        var refused = await (await officer.PostFormAsync(Path, figure, Path)).Content.ReadAsStringAsync(token);
        figure["Source"] = "English Martyrs School, A level results 2013";
        var saved = await officer.PostFormAsync(Path, figure, Path);
        var banner = await officer.GetStringAsync(saved.Headers.Location!.OriginalString);
        var summary = await officer.GetStringAsync("/schools/achievement?la=E06000001&year=201213");

        Assert.StartsWith("<title>Error: ", refused[refused.IndexOf("<title>", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains("<p id=\"Source-error\" class=\"govuk-error-message\">", refused, StringComparison.Ordinal);
        Assert.Contains("value=\"79\"", refused, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Figure recorded: A level (A2): A*-C grades", banner, StringComparison.Ordinal);
        Assert.Contains("English Martyrs School, A level results 2013", banner, StringComparison.Ordinal);
        Assert.Contains(
            "<li>English Martyrs School, A level results 2013: A level (A2): A*-C grades.</li>",
            summary,
            StringComparison.Ordinal
        );
        Assert.Contains("Recorded by an officer.", summary, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await councillor.GetAsync(Path)).StatusCode);
        // Who recorded it, by name, with the time in UK local time.
        Assert.Matches(
            "<td class=\"govuk-table__cell\">Demo school improvement officer, \\d{1,2} \\w+ \\d{4} at \\d{1,2}:\\d{2}[ap]m</td>",
            banner
        );
        using var admin = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Administrator));
        var audit = await admin.GetStringAsync("/audit");
        Assert.Contains("<td class=\"govuk-table__cell\">Demo school improvement officer</td>", audit, StringComparison.Ordinal);
        Assert.DoesNotContain("<td class=\"govuk-table__cell\">demo-school-improvement-officer</td>", audit, StringComparison.Ordinal);
        await using var db = server.Database.NewContext();
        Assert.Equal(
            79m,
            (
                await db.RecordedAchievementFigures.SingleAsync(f => f.MeasureCode == "ks5_a2_ac" && f.GeographyCode == "E06000001", token)
            ).Value
        );
    }
}
