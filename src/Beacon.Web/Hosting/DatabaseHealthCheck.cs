using Beacon.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Beacon.Web.Hosting;

/// <summary>For a council's monitoring: the database answers, and its schema is the one this build expects.</summary>
public sealed class DatabaseHealthCheck(BeaconDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy("the database does not answer");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy("the database answers and its migrations are current")
            : HealthCheckResult.Unhealthy($"the database lacks {pending.Count} migration(s): {string.Join(", ", pending)}");
    }
}
