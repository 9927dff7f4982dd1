using Beacon.Data;
using Beacon.Data.Protocol;
using Beacon.Domain;
using Beacon.Domain.Protocol;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Protocol;

/// <summary>The authority's self-evaluation of its school improvement arrangements: each of the nine aspects judged with evidence; audited.</summary>
public sealed class SelfEvaluationRecorder(BeaconDbContext db)
{
    public async Task<Result> JudgeAsync(int aspect, string? judgement, string? evidence, CancellationToken cancellationToken)
    {
        var problems = new List<Problem>();
        if (aspect < 1 || aspect > SchoolImprovementAspects.All.Count)
        {
            problems.Add(Result.Failure("Aspect", "Choose one of the nine aspects"));
        }

        if (!SchoolImprovementAspects.Judgements.Contains(judgement))
        {
            problems.Add(Result.Failure("Judgement", "Select effective or ineffective"));
        }

        if (string.IsNullOrWhiteSpace(evidence))
        {
            problems.Add(Result.Failure("Evidence", "Enter the evidence for the judgement"));
        }

        if (Result.Combine(problems) is { } problem)
        {
            return problem;
        }

        var row = await db.SelfEvaluation.SingleOrDefaultAsync(a => a.Aspect == aspect, cancellationToken);
        if (row is null)
        {
            row = new SelfEvaluationAspect { Aspect = aspect };
            db.SelfEvaluation.Add(row);
        }

        row.Judgement = judgement!;
        row.Evidence = evidence!.Trim();
        db.AuditScope.Reason = "self-evaluation";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }
}
