using Beacon.Data;
using Beacon.Data.SectorLed;
using Beacon.Domain;
using Beacon.Domain.Access;
using Beacon.Domain.SectorLed;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.SectorLed;

/// <summary>
/// The authority's own performance risks (seed 004): raised by its officers, shared with the region when it wants
/// support, with the packages the region brokers for them; and the Department's intervention status, kept as data.
/// </summary>
public sealed class PerformanceRiskRecorder(BeaconDbContext db, TimeProvider clock)
{
    public const int TextLimit = 4_000;

    /// <summary>The authority's risks, newest first, each with the support brokered for it; and its intervention status now.</summary>
    public sealed record Register(
        IReadOnlyList<(PerformanceRisk Risk, IReadOnlyList<SupportPackage> Packages)> Risks,
        InterventionRecord? Intervention
    );

    public async Task<Register> RegisterAsync(BeaconUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!AccessPolicy.Can(user, Permission.ViewSelfAssessments))
        {
            return new Register([], null);
        }

        var risks = await db.PerformanceRisks.AsNoTracking().OrderByDescending(r => r.Id).ToListAsync(cancellationToken);
        var own = db.OrganisationScope ?? Data.Organisations.Organisation.Home;
        List<SupportPackage> packages;
        using (db.AcrossOrganisations())
        {
            packages = await db
                .SupportPackages.AsNoTracking()
                .Where(p => p.AuthorityOrganisationId == own)
                .OrderBy(p => p.StartsOn)
                .ToListAsync(cancellationToken);
        }

        var intervention = await db
            .InterventionRecords.AsNoTracking()
            .OrderByDescending(i => i.FromOn)
            .ThenByDescending(i => i.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return new Register(
            risks.Select(r => (r, (IReadOnlyList<SupportPackage>)packages.Where(p => p.PerformanceRiskId == r.Id).ToList())).ToList(),
            intervention
        );
    }

    public async Task<Result<int>> RaiseAsync(
        BeaconUser user,
        string? title,
        string? description,
        string? indicatorCode,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!AccessPolicy.Can(user, Permission.EditSelfAssessments))
        {
            return Result.Failure(SectorLedProblem.NotFound, "You may not raise performance risks");
        }

        if (
            RequiredText.Missing(
                ("Title", title, "Enter the risk in a line"),
                ("Description", description, "Describe the risk: what the evidence shows and what it may lead to")
            ) is
            { } missing
        )
        {
            return missing;
        }

        if (title!.Length > 200 || description!.Length > TextLimit)
        {
            return Result.Failure(
                title.Length > 200 ? "Title" : "Description",
                $"Keep the title to 200 characters and the description to {TextLimit:N0}"
            );
        }

        var risk = new PerformanceRisk
        {
            Title = title.Trim(),
            Description = description.Trim(),
            IndicatorCode = string.IsNullOrWhiteSpace(indicatorCode) ? null : indicatorCode.Trim(),
            RaisedBy = user.UserName,
            RaisedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.PerformanceRisks.Add(risk);
        db.AuditScope.Reason = "Performance risk raised";
        await db.SaveChangesAsync(cancellationToken);
        return risk.Id;
    }

    /// <summary>Shares a risk with the region and its principal adviser, so that the region may broker support.</summary>
    public async Task<Result> ShareAsync(BeaconUser user, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (
            !AccessPolicy.Can(user, Permission.EditSelfAssessments)
            || await db.PerformanceRisks.FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } risk
        )
        {
            return Result.Failure(SectorLedProblem.NotFound, "There is no such performance risk");
        }

        if (risk.SharedWithRegionAtUtc is not null)
        {
            return Result.Done;
        }

        risk.SharedWithRegionAtUtc = clock.GetUtcNow().UtcDateTime;
        db.AuditScope.Reason = "Shared with the region and its principal adviser";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    /// <summary>Records the Department's intervention from a date; the newest record is the status now.</summary>
    public async Task<Result> RecordInterventionAsync(
        BeaconUser user,
        InterventionKind? kind,
        DateOnly? fromOn,
        string? note,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!AccessPolicy.Can(user, Permission.EditSelfAssessments))
        {
            return Result.Failure(SectorLedProblem.NotFound, "You may not record the intervention status");
        }

        var problems = new List<Problem>();
        if (kind is null)
        {
            problems.Add(new Problem("Kind", "Select the intervention"));
        }

        if (fromOn is null)
        {
            problems.Add(new Problem("from-on", "Enter the date it took effect"));
        }

        if ((note?.Length ?? 0) > 2_000)
        {
            problems.Add(new Problem("Note", "The note must be 2,000 characters or fewer"));
        }

        if (problems.Count > 0)
        {
            return problems[0] with { Details = problems };
        }

        db.InterventionRecords.Add(
            new InterventionRecord
            {
                Kind = kind!.Value,
                FromOn = fromOn!.Value,
                Note = note?.Trim() ?? "",
                RecordedBy = user.UserName,
                RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
            }
        );
        db.AuditScope.Reason = $"Intervention status: {kind.Value.DisplayName()} from {fromOn.Value:d MMMM yyyy}";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }
}
