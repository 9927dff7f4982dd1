using System.Net;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Testing;

namespace Beacon.Web.Tests.Protocol;

/// <summary>Closing the demo's open autumn review: its own servers, since it closes the review the other tests read.</summary>
public sealed class ReviewClosingTests(BeaconServers servers) : IClassFixture<BeaconServers>
{
    private const string Undecided =
        "Fellside Community Primary School, Harbour Academy, Moorview Special School, Northmoor Church of England Primary School";

    [Theory]
    [BothDatabases]
    public async Task A_reviews_schools_are_fixed_when_it_opens_and_closing_with_schools_undecided_needs_confirmation_and_the_report_names_them(
        DatabaseProvider provider
    )
    {
        var server = await servers.OnAsync(provider);
        using var officer = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.SchoolImprovementOfficer));
        var autumn = await Reviews.IdAsync(server, "Autumn 2013/14");
        var path = $"/schools/reviews/{autumn}";
        await using (var db = server.Database.NewContext())
        {
            // A school loaded after the review opened, as a national file would add thousands.
            db.Schools.Add(
                new Data.Schools.School
                {
                    Urn = 990099,
                    Name = "Loaded Later Primary School",
                    Phase = "Primary",
                }
            );
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var page = await officer.GetStringAsync(path);
        var unconfirmed = await officer.PostFormAsync(path + "?handler=Close", new Dictionary<string, string>(), path);
        var unconfirmedPage = await unconfirmed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var stillOpen = await officer.GetStringAsync(path);
        var confirmed = await officer.PostFormAsync(path + "?handler=Close", new Dictionary<string, string> { ["confirm"] = "true" }, path);
        var closed = await officer.GetStringAsync(confirmed.Headers.Location!.OriginalString);
        var report = await officer.GetStringAsync(path + "/report");

        Assert.Contains("0 of 4 schools decided", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Loaded Later Primary School", page, StringComparison.Ordinal);
        Assert.Contains("4 schools have no decision", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("<title>Error: ", unconfirmedPage, StringComparison.Ordinal);
        Assert.Contains("Confirm that the review closes with 4 schools undecided", unconfirmedPage, StringComparison.Ordinal);
        Assert.Contains("Close the review", stillOpen, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Contains("The review is closed", closed, StringComparison.Ordinal);
        Assert.Contains("0 of 4 schools decided", closed, StringComparison.Ordinal);
        Assert.Contains(
            $"4 schools were not decided at this review and are counted in no rating: {Undecided}.",
            report,
            StringComparison.Ordinal
        );
    }
}
