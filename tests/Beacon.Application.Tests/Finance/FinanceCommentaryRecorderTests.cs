using Beacon.Application.Finance;
using Beacon.Data;
using Beacon.Data.Finance;
using Beacon.Domain.Periods;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Tests.Finance;

/// <summary>A department's financial commentary: set, changed, and removed by clearing it, signed by its lead officer.</summary>
public sealed class FinanceCommentaryRecorderTests
{
    [Theory]
    [BothDatabases]
    public async Task Commentary_is_signed_with_the_lead_officers_initials_and_clearing_it_removes_it(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var token = TestContext.Current.CancellationToken;
        var quarter = new FinancialQuarter(2013, 1);
        await using var db = database.NewContext();
        var department = new Department
        {
            Code = "CFS",
            Name = "Children & Families",
            LeadOfficerInitials = "TC",
        };
        db.Departments.Add(department);
        await db.SaveChangesAsync(token);
        var recorder = new FinanceCommentaryRecorder(db);

        await recorder.SetAsync(department, quarter, "Placements overspent.", token);
        await recorder.SetAsync(department, quarter, "Placements overspent by £70k. ", token);
        await using (var read = database.NewContext())
        {
            var commentary = await read.Commentaries.SingleAsync(token);
            Assert.Equal(("Placements overspent by £70k.", "TC"), (commentary.Text, commentary.Initials));
        }

        await recorder.SetAsync(department, quarter, "  ", token);
        await using var after = database.NewContext();
        Assert.False(await after.Commentaries.AnyAsync(token));
    }
}
