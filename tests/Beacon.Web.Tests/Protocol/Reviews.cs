using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.Protocol;

internal static class Reviews
{
    /// <summary>The demo review of a term, such as "Autumn 2013/14".</summary>
    public static async Task<int> IdAsync(BeaconServer server, string term)
    {
        await using var db = server.Database.NewContext();
        return await db.SchoolReviews.Where(r => r.Term == term).Select(r => r.Id).SingleAsync(TestContext.Current.CancellationToken);
    }
}
