using Beacon.Data;
using Beacon.Data.Savings;
using Beacon.Domain.Savings;
using Beacon.Import.Pipeline;
using Beacon.Import.Savings;
using Beacon.Testing;

namespace Beacon.Import.Tests.Savings;

/// <summary>A database holding the seed's programme (EIG-2014-15, target £1.52m) and its ratings, and its schedule imported as a file.</summary>
internal static class SavingsTestProgramme
{
    public const string Code = "EIG-2014-15";

    public static readonly string Schedule = Path.Combine(
        RepositoryRoot.Path,
        "src",
        "Beacon.Application",
        "Demo",
        "savings-early-intervention-2013-14.csv"
    );

    public static async Task<TestDatabase> DatabaseAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        db.SavingRatings.AddRange(SavingRatingDefinition.From(SavingRating.Seed));
        db.SavingsProgrammes.Add(
            new SavingsProgramme
            {
                Code = Code,
                Name = "Savings proposals for early intervention services",
                BudgetYear = "2014/15",
                TargetSaving = 1_520_000m,
                ReservesCarriedForward = 350_000m,
            }
        );
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return database;
    }

    public static async Task<ImportOutcome> ImportAsync(TestDatabase database, string path)
    {
        await using var db = database.NewContext();
        var format = await SavingsScheduleFormat.CreateAsync(db, Code, TestContext.Current.CancellationToken);
        return await TestImports.RunAsync(database, format!, path);
    }
}
