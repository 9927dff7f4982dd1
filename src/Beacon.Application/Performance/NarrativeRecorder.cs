using Beacon.Data;
using Beacon.Data.Performance;
using Beacon.Domain;
using Beacon.Domain.Performance;
using Beacon.Domain.Periods;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Performance;

/// <summary>The quarterly report's narrative (key developments, emerging issues, ...), part by part; audited.</summary>
public sealed class NarrativeRecorder(BeaconDbContext db)
{
    /// <summary>The problem's code where the part is not one of the quarter's.</summary>
    public const string NotFound = "not-found";

    /// <summary>Adds a part at the end of the quarter's narrative, or changes one of its parts; the part's id.</summary>
    public async Task<Result<int>> SaveAsync(
        FinancialQuarter quarter,
        int? partId,
        NarrativeKind? kind,
        string? title,
        string? body,
        CancellationToken cancellationToken
    )
    {
        var problems = new List<Problem>();
        if (kind is null)
        {
            problems.Add(Result.Failure("Kind", "Select the section this part belongs to"));
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            problems.Add(Result.Failure("Body", "Enter the text"));
        }

        if (Result.Combine(problems) is { } problem)
        {
            return problem;
        }

        var parts = db.Narratives.Where(n => n.Year == quarter.StartYear && n.Quarter == quarter.Quarter);
        var part = partId is { } id ? await parts.SingleOrDefaultAsync(n => n.Id == id, cancellationToken) : null;
        if (partId is not null && part is null)
        {
            return Result.Failure(NotFound, "The quarter has no such part");
        }

        if (part is null)
        {
            part = new NarrativeSection
            {
                Year = quarter.StartYear,
                Quarter = quarter.Quarter,
                SortOrder = (await parts.MaxAsync(n => (int?)n.SortOrder, cancellationToken) ?? 0) + 1,
            };
            db.Narratives.Add(part);
        }

        part.Kind = kind!.Value;
        part.Title = title?.Trim() ?? "";
        // One blank line between paragraphs, however the browser sent the line breaks.
        part.Body = body!.ReplaceLineEndings("\n").Trim();
        db.AuditScope.Reason = $"Narrative for {quarter.DisplayName}";
        await db.SaveChangesAsync(cancellationToken);
        return part.Id;
    }

    public async Task<Result> RemoveAsync(FinancialQuarter quarter, int partId, CancellationToken cancellationToken)
    {
        var part = await db.Narratives.SingleOrDefaultAsync(
            n => n.Id == partId && n.Year == quarter.StartYear && n.Quarter == quarter.Quarter,
            cancellationToken
        );
        if (part is null)
        {
            return Result.Failure(NotFound, "The quarter has no such part");
        }

        db.Narratives.Remove(part);
        db.AuditScope.Reason = $"Narrative for {quarter.DisplayName} removed";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }
}
