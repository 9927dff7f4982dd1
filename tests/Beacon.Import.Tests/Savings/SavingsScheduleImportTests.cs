using Beacon.Application.Savings;
using Beacon.Data;
using Beacon.Import.Tests.TestData;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Import.Tests.Savings;

/// <summary>
/// The seed's savings schedule (000, item 5.1, Appendix 1) loaded as a file through the import: every total at its
/// foot is reproduced from the lines, and a bad file changes nothing.
/// </summary>
public sealed class SavingsScheduleImportTests : IDisposable
{
    private const string Header =
        "cost_centre_code,cost_centre,employees,other,recharges,reserves,income,option,description,net_saving,rag";

    private const string Code = SavingsTestProgramme.Code;

    private static readonly string Schedule = SavingsTestProgramme.Schedule;

    private readonly DfeFiles _files = new();

    public static TheoryData<string, decimal, DatabaseProvider> PublishedTotals()
    {
        (string Total, decimal Published)[] totals =
        [
            ("Gross expenditure budget", 6_370_060m),
            ("Contribution from reserves", 26_979m),
            ("Income", 73_023m),
            ("Income including contribution from reserves", 100_002m),
            ("Net 2013/14 budget", 6_270_058m),
            ("Green", 832_217m),
            ("Amber", 679_992m),
            ("Green & Amber sub-total", 1_512_209m),
            ("Red", 2_776_268m),
        ];
        var data = new TheoryData<string, decimal, DatabaseProvider>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            foreach (var (total, published) in totals)
            {
                data.Add(total, published, provider);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PublishedTotals))]
    public async Task The_seeds_schedule_imported_as_a_file_reproduces_each_published_total(
        string total,
        decimal published,
        DatabaseProvider provider
    )
    {
        await using var database = await SavingsTestProgramme.DatabaseAsync(provider);

        var outcome = await SavingsTestProgramme.ImportAsync(database, Schedule);

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Kept.Select(e => e.ToString())));
        await using var db = database.NewContext();
        var totals = (await SavingsSchedules.LoadAsync(db, Code, TestContext.Current.CancellationToken))!.Totals;
        var rated = totals.ByRating.ToDictionary(r => r.Rating.Code, r => r.Total);
        var computed = total switch
        {
            "Gross expenditure budget" => totals.Budget.Gross,
            "Contribution from reserves" => totals.Budget.Reserves,
            "Income" => totals.Budget.Income,
            "Income including contribution from reserves" => totals.Budget.IncomeIncludingReserves,
            "Net 2013/14 budget" => totals.Budget.Net,
            "Green & Amber sub-total" => totals.Proposed,
            _ => rated[total],
        };
        Assert.Equal(published, computed);
    }

    [Theory]
    [BothDatabases]
    public async Task Green_and_amber_fall_short_of_the_1_52m_cut_by_7791_and_a_reimport_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await SavingsTestProgramme.DatabaseAsync(provider);

        var first = await SavingsTestProgramme.ImportAsync(database, Schedule);
        var second = await SavingsTestProgramme.ImportAsync(database, Schedule);

        await using var db = database.NewContext();
        var schedule = (await SavingsSchedules.LoadAsync(db, Code, TestContext.Current.CancellationToken))!;
        Assert.Equal(-7_791m, schedule.Totals.AgainstTarget);
        Assert.Equal(30, schedule.CostCentres.Count);
        Assert.Equal((66L, 0L), (first.Run!.Inserted, first.Run.Updated));
        Assert.Equal((0L, 0L, 66L), (second.Run!.Inserted, second.Run.Updated, second.Run.Unchanged));
    }

    [Theory]
    [BothDatabases]
    public async Task A_schedule_with_a_misspelt_rating_or_a_budget_given_twice_is_refused_whole_naming_row_column_and_value(
        DatabaseProvider provider
    )
    {
        await using var database = await SavingsTestProgramme.DatabaseAsync(provider);
        await SavingsTestProgramme.ImportAsync(database, Schedule);
        await using (var before = database.NewContext())
        {
            Assert.Equal(63, await before.SavingOptions.CountAsync(TestContext.Current.CancellationToken));
        }

        var bad = _files.Csv(
            "schedule.csv",
            Header,
            ",Edge of Care Team,,\"158,000\",,,,1,Cut 50%,\"79,000\",Red",
            ",Edge of Care Team,,\"158,000\",,,,2,Cease Service,\"158,000\",Red",
            ",Rainbow Cafe,\"40,480\",\"19,995\",,,\"(11,156)\",1,Reduce to one staff member,\"20,240\",GREEEN"
        );

        var outcome = await SavingsTestProgramme.ImportAsync(database, bad);

        Assert.False(outcome.Succeeded);
        Assert.Contains(
            outcome.Errors.Kept,
            e => e.Row == 3 && e.Column == "other" && e.Value == "158,000" && e.Reason.Contains("row 2", StringComparison.Ordinal)
        );
        Assert.Contains(
            outcome.Errors.Kept,
            e => e.Row == 4 && e.Column == "rag" && e.Value == "GREEEN" && e.Reason.Contains("Green, Amber, Red", StringComparison.Ordinal)
        );
        await using var db = database.NewContext();
        Assert.Equal(63, await db.SavingOptions.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(30, await db.SavingsCostCentres.CountAsync(TestContext.Current.CancellationToken));
    }

    public void Dispose() => _files.Dispose();
}
