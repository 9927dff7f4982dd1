using System.Security.Cryptography;
using Beacon.Data;
using Beacon.Data.SocialCare;
using Beacon.Domain;
using Beacon.Domain.SocialCare;
using Beacon.Import.AnnexA;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.SocialCare;

/// <summary>
/// Draws an audit sample: children at random from a list of the latest Annex A extract, with the seed kept so the
/// draw can be shown again, a due date in working days, and the share of audits to moderate. Child-level; audited.
/// </summary>
public sealed class AuditSampleRecorder(BeaconDbContext db, TimeProvider clock)
{
    public const int LargestSample = 200;

    /// <summary>The new sample's id, or every problem with the request, each coded by its field.</summary>
    public async Task<Result<long>> DrawAsync(AuditSampleRequest request, string drawnBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<Problem>();
        void Check(bool ok, string field, string message)
        {
            if (!ok)
            {
                problems.Add(Result.Failure(field, message));
            }
        }

        Check(!string.IsNullOrWhiteSpace(request.Name), nameof(request.Name), "Enter a name for the sample, such as the practice week");
        Check(
            await db.AuditTools.AnyAsync(t => t.Id == request.ToolId, cancellationToken),
            nameof(request.ToolId),
            "Choose the audit tool"
        );
        Check(
            AnnexAMap.Shipped.Lists.Any(l => l.Number == request.List),
            nameof(request.List),
            "Choose the Annex A list to draw children from"
        );
        Check(
            request.Size is > 0 and <= LargestSample,
            nameof(request.Size),
            $"Enter how many children to draw, from 1 to {LargestSample}"
        );
        Check(
            request.WorkingDaysToComplete is > 0 and <= 60,
            nameof(request.WorkingDaysToComplete),
            "Enter the working days to complete the audits, from 1 to 60"
        );
        Check(
            request.ModeratePercent is >= 0 and <= 100,
            nameof(request.ModeratePercent),
            "Enter the percentage of audits to moderate, from 0 to 100"
        );
        var children =
            problems.Count == 0
                ? await db
                    .AnnexARecords.AsNoTracking()
                    .Where(r => r.List == request.List)
                    .Select(r => r.ChildId)
                    .ToListAsync(cancellationToken)
                : [];
        Check(problems.Count > 0 || children.Count > 0, nameof(request.List), "The latest Annex A extract has no children in this list");
        if (Result.Combine(problems) is { } problem)
        {
            return problem;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var seed = RandomNumberGenerator.GetInt32(int.MaxValue);
        var sample = new AuditSample
        {
            Name = request.Name!.Trim(),
            ToolId = request.ToolId!.Value,
            List = request.List!.Value,
            Seed = seed,
            ModeratePercent = request.ModeratePercent!.Value,
            DrawnBy = drawnBy,
            DrawnOn = today,
            DueOn = WorkingDays.Add(today, request.WorkingDaysToComplete!.Value),
        };
        // The sample and its children together: the children need the sample's key.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.AuditSamples.Add(sample);
        db.AuditScope.Reason = "audit sample drawn";
        await db.SaveChangesAsync(cancellationToken);
        db.AuditSampleCases.AddRange(
            CaseSampling
                .Draw(children, request.Size!.Value, seed)
                .Select(child => new AuditSampleCase { SampleId = sample.Id, ChildId = child })
        );
        db.AuditScope.Reason = "audit sample drawn";
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return sample.Id;
    }
}
