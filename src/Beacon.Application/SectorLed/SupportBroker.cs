using Beacon.Data;
using Beacon.Data.Organisations;
using Beacon.Data.SectorLed;
using Beacon.Domain;
using Beacon.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.SectorLed;

/// <summary>
/// A regional body's brokering of support (seed 004): the performance risks its region's authorities have shared,
/// each authority's intervention status, and the packages it brokers, from provider and cost to outcome. The one
/// place a regional body reads an authority's risks, and only what <see cref="AccessPolicy.CanBrokerFor"/> allows.
/// </summary>
public sealed class SupportBroker(BeaconDbContext db, TimeProvider clock)
{
    /// <summary>A shared risk as the region reads it: the authority, its intervention status, and the packages brokered.</summary>
    public sealed record Shared(
        PerformanceRisk Risk,
        Organisation Authority,
        InterventionRecord? Intervention,
        IReadOnlyList<SupportPackage> Packages
    );

    /// <summary>Every risk the region's authorities have shared, newest first.</summary>
    public async Task<IReadOnlyList<Shared>> SharedAsync(BeaconUser user, CancellationToken cancellationToken) =>
        await LoadAsync(user, null, cancellationToken);

    public async Task<Shared?> FindAsync(BeaconUser user, int riskId, CancellationToken cancellationToken) =>
        (await LoadAsync(user, riskId, cancellationToken)).FirstOrDefault();

    /// <summary>Brokers a package of support for a shared risk: who provides it, what it covers, its cost and its dates.</summary>
    public async Task<Result<int>> BrokerAsync(
        BeaconUser user,
        int riskId,
        string? provider,
        string? scope,
        decimal? cost,
        DateOnly? startsOn,
        DateOnly? endsOn,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await FindAsync(user, riskId, cancellationToken) is not { } shared)
        {
            return Result.Failure(SectorLedProblem.NotFound, "There is no such risk shared with your region");
        }

        var problems = new List<Problem>();
        if (
            RequiredText.Missing(
                ("Provider", provider, "Enter who provides the support"),
                ("Scope", scope, "Describe what the support covers")
            ) is
            { } missing
        )
        {
            problems.AddRange(missing.Details);
        }

        if (cost is null or < 0)
        {
            problems.Add(new Problem("Cost", "Enter the cost in pounds, 0 or more"));
        }

        if (startsOn is null)
        {
            problems.Add(new Problem("starts-on", "Enter the date the support starts"));
        }

        if (endsOn is null)
        {
            problems.Add(new Problem("ends-on", "Enter the date the support ends"));
        }
        else if (startsOn is not null && endsOn < startsOn)
        {
            problems.Add(new Problem("ends-on", "The support must end on or after the day it starts"));
        }

        if ((provider?.Length ?? 0) > 200 || (scope?.Length ?? 0) > PerformanceRiskRecorder.TextLimit)
        {
            problems.Add(
                new Problem("Scope", $"Keep the provider to 200 characters and the scope to {PerformanceRiskRecorder.TextLimit:N0}")
            );
        }

        if (problems.Count > 0)
        {
            return problems[0] with { Details = problems };
        }

        var package = new SupportPackage
        {
            PerformanceRiskId = riskId,
            AuthorityOrganisationId = shared.Authority.Id,
            Provider = provider!.Trim(),
            Scope = scope!.Trim(),
            Cost = cost!.Value,
            StartsOn = startsOn!.Value,
            EndsOn = endsOn!.Value,
            BrokeredBy = user.UserName,
            BrokeredAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.SupportPackages.Add(package);
        db.AuditScope.Reason = $"Support brokered for {shared.Authority.Name}: {package.Provider}, £{package.Cost:N0}";
        await db.SaveChangesAsync(cancellationToken);
        return package.Id;
    }

    /// <summary>Records what came of a package the region brokered.</summary>
    public async Task<Result> RecordOutcomeAsync(
        BeaconUser user,
        int riskId,
        int packageId,
        string? outcome,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(user);
        if (
            await FindAsync(user, riskId, cancellationToken) is null
            || await db.SupportPackages.FirstOrDefaultAsync(p => p.Id == packageId && p.PerformanceRiskId == riskId, cancellationToken)
                is not { } package
        )
        {
            return Result.Failure(SectorLedProblem.NotFound, "There is no such package");
        }

        if (string.IsNullOrWhiteSpace(outcome) || outcome.Length > PerformanceRiskRecorder.TextLimit)
        {
            return Result.Failure(
                $"outcome-{packageId}",
                $"Enter what came of the support, in {PerformanceRiskRecorder.TextLimit:N0} characters or fewer"
            );
        }

        package.Outcome = outcome.Trim();
        db.AuditScope.Reason = "Outcome of the support recorded";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    private async Task<List<Shared>> LoadAsync(BeaconUser user, int? riskId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (
            !AccessPolicy.Can(user, Permission.BrokerSupport)
            || await RegionalBody.OfAsync(db, user.OrganisationId, cancellationToken) is not { } body
        )
        {
            return [];
        }

        var (region, authorities) = (body.Region, body.ById);
        var ids = authorities.Keys.ToList();
        var packages = await db.SupportPackages.AsNoTracking().OrderBy(p => p.StartsOn).ToListAsync(cancellationToken);
        using var across = db.AcrossOrganisations();
        var risks = await db
            .PerformanceRisks.AsNoTracking()
            .Where(r => r.SharedWithRegionAtUtc != null && ids.Contains(EF.Property<int>(r, OrganisationOwnership.Column)))
            .Where(r => riskId == null || r.Id == riskId)
            .OrderByDescending(r => r.SharedWithRegionAtUtc)
            .Select(r => new { Risk = r, Owner = EF.Property<int>(r, OrganisationOwnership.Column) })
            .ToListAsync(cancellationToken);
        var interventions = (
            await db
                .InterventionRecords.AsNoTracking()
                .Where(i => ids.Contains(EF.Property<int>(i, OrganisationOwnership.Column)))
                .Select(i => new { Record = i, Owner = EF.Property<int>(i, OrganisationOwnership.Column) })
                .ToListAsync(cancellationToken)
        )
            .GroupBy(i => i.Owner)
            .ToDictionary(g => g.Key, g => g.Select(i => i.Record).OrderByDescending(i => i.FromOn).ThenByDescending(i => i.Id).First());
        return risks
            .Where(r => AccessPolicy.CanBrokerFor(user, region, authorities[r.Owner].RegionCode, shared: true))
            .Select(r => new Shared(
                r.Risk,
                authorities[r.Owner],
                interventions.GetValueOrDefault(r.Owner),
                packages.Where(p => p.PerformanceRiskId == r.Risk.Id && p.AuthorityOrganisationId == r.Owner).ToList()
            ))
            .ToList();
    }
}
