using Beacon.Data;
using Beacon.Data.Organisations;
using Beacon.Data.SectorLed;
using Beacon.Domain;
using Beacon.Domain.Access;
using Beacon.Domain.Periods;
using Beacon.Domain.SectorLed;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.SectorLed;

/// <summary>
/// A regional body's side of its quarterly core dataset: it calls for a quarter with a deadline, and reads each of
/// its region's authorities' returns, late ones marked, with the narratives of the figures at either end.
/// </summary>
public sealed class CoreDatasetRegion(BeaconDbContext db, TimeProvider clock)
{
    /// <summary>One call as the region reads it: every authority's return or its absence, and the extremes explained.</summary>
    public sealed record Call(
        CoreDatasetCollection Collection,
        CoreDataset Dataset,
        IReadOnlyList<CoreDatasetReturn> Returns,
        IReadOnlyList<CoreDatasetExtreme<CoreDatasetReturn>> Extremes
    )
    {
        public FinancialQuarter Quarter => new(Collection.Year, Collection.Quarter);
    }

    /// <summary>Calls for the quarter's returns of a dataset by a day; one call a dataset and quarter.</summary>
    public async Task<Result<int>> OpenAsync(
        BeaconUser user,
        string? datasetCode,
        string? quarterCode,
        DateOnly? deadline,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(user);
        if (
            !AccessPolicy.Can(user, Permission.CollectCoreDataset)
            || await RegionalBody.OfAsync(db, user.OrganisationId, cancellationToken) is null
        )
        {
            return Result.Failure(SectorLedProblem.NotFound, "Only a regional body calls for its authorities' core dataset");
        }

        var problems = new List<Problem>();
        var dataset = CoreDatasets.Find(datasetCode);
        if (dataset is null)
        {
            problems.Add(new Problem("Dataset", "Select the core dataset to call for"));
        }

        var quarter = FinancialQuarter.Parse(quarterCode ?? "");
        if (!quarter.Succeeded)
        {
            problems.Add(new Problem("Quarter", "Enter the quarter as 2026-Q2 (July to September 2026)"));
        }

        if (deadline is null)
        {
            problems.Add(new Problem("Deadline", "Enter the day returns are due"));
        }
        else if (quarter.Succeeded && deadline <= quarter.Value.LastDay)
        {
            problems.Add(
                new Problem("Deadline", $"The day returns are due must be after the quarter ends on {quarter.Value.LastDay:d MMMM yyyy}")
            );
        }

        if (problems.Count > 0)
        {
            return problems[0] with { Details = problems };
        }

        var (year, number) = (quarter.Value.StartYear, quarter.Value.Quarter);
        if (
            await db.CoreDatasetCollections.AnyAsync(
                c => c.DatasetCode == dataset!.Code && c.Year == year && c.Quarter == number,
                cancellationToken
            )
        )
        {
            return Result.Failure("Quarter", $"The region has already called for {quarter.Value.DisplayName}");
        }

        var call = new CoreDatasetCollection
        {
            DatasetCode = dataset!.Code,
            Year = year,
            Quarter = number,
            DeadlineOn = deadline!.Value,
            OpenedBy = user.UserName,
            OpenedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.CoreDatasetCollections.Add(call);
        db.AuditScope.Reason = $"Called for the {dataset.Name} for {quarter.Value.DisplayName} by {deadline.Value:d MMMM yyyy}";
        await db.SaveChangesAsync(cancellationToken);
        return call.Id;
    }

    /// <summary>The body's calls, newest quarter first, each with every authority's return.</summary>
    public async Task<IReadOnlyList<Call>> CallsAsync(BeaconUser user, CancellationToken cancellationToken) =>
        await LoadAsync(user, null, cancellationToken);

    public async Task<Call?> FindAsync(BeaconUser user, int id, CancellationToken cancellationToken) =>
        (await LoadAsync(user, id, cancellationToken)).FirstOrDefault();

    private async Task<List<Call>> LoadAsync(BeaconUser user, int? id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (
            !AccessPolicy.Can(user, Permission.CollectCoreDataset)
            || await RegionalBody.OfAsync(db, user.OrganisationId, cancellationToken) is not { } region
        )
        {
            return [];
        }

        var calls = await db
            .CoreDatasetCollections.AsNoTracking()
            .Where(c => id == null || c.Id == id)
            .OrderByDescending(c => c.Year)
            .ThenByDescending(c => c.Quarter)
            .ToListAsync(cancellationToken);
        var ids = calls.Select(c => c.Id).ToList();
        List<(CoreDatasetSubmission Submission, int Owner)> returned;
        using (db.AcrossOrganisations())
        {
            returned = (
                await db
                    .CoreDatasetSubmissions.AsNoTracking()
                    .Include(s => s.Figures)
                    .Where(s => s.RegionOrganisationId == region.Body.Id && ids.Contains(s.CollectionId))
                    .Select(s => new { Submission = s, Owner = EF.Property<int>(s, OrganisationOwnership.Column) })
                    .ToListAsync(cancellationToken)
            )
                .Where(s => AccessPolicy.CanReadReturn(user, s.Submission.RegionOrganisationId))
                .Select(s => (s.Submission, s.Owner))
                .ToList();
        }

        return calls
            .Where(c => CoreDatasets.Find(c.DatasetCode) is not null)
            .Select(call =>
            {
                var dataset = CoreDatasets.Find(call.DatasetCode)!;
                var returns = region
                    .Authorities.Select(a => new CoreDatasetReturn(
                        call,
                        dataset,
                        a,
                        returned.FirstOrDefault(r => r.Owner == a.Id && r.Submission.CollectionId == call.Id).Submission
                    ))
                    .ToList();
                var figures = returns
                    .Where(r => r.Submission is not null)
                    .ToDictionary(
                        r => r,
                        r =>
                            (IReadOnlyDictionary<string, decimal>)
                                r.Submission!.Figures.Where(f => f.Value is not null)
                                    .ToDictionary(f => f.IndicatorCode, f => f.Value!.Value)
                    );
                return new Call(call, dataset, returns, CoreDatasetExtremes.Of(dataset, figures));
            })
            .ToList();
    }
}
