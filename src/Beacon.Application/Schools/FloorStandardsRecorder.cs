using Beacon.Data;
using Beacon.Data.Schools;
using Beacon.Domain;
using Beacon.Domain.Achievement;

namespace Beacon.Application.Schools;

/// <summary>A new version of the floor standards, checked first and saved with its reason (decision 016); old versions stay.</summary>
public sealed class FloorStandardsRecorder(BeaconDbContext db, TimeProvider clock)
{
    /// <summary>Saves the rules; every reason they cannot be saved is a problem on <c>Json</c>, a missing reason one on <c>Reason</c>.</summary>
    public async Task<Result> SaveAsync(string? json, string? reason, string savedBy, CancellationToken cancellationToken)
    {
        var (catalog, checks) = AchievementCatalog.Shipped.WithFloorStandards(json ?? "");
        var problems = checks.Select(c => Result.Failure("Json", "The floor standards cannot be saved: " + c)).ToList();
        if (string.IsNullOrWhiteSpace(reason))
        {
            problems.Add(Result.Failure("Reason", "Enter why the floor standards change"));
        }

        if (Result.Combine(problems) is { } problem)
        {
            return problem;
        }

        db.FloorStandardsVersions.Add(
            new FloorStandardsVersion
            {
                Json = catalog!.FloorStandardsJson(),
                SavedBy = savedBy,
                SavedAtUtc = clock.GetUtcNow().UtcDateTime,
                Reason = reason!.Trim(),
            }
        );
        db.AuditScope.Reason = reason.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }
}
