using Beacon.Data;
using Beacon.Data.Risks;
using Beacon.Domain;
using Beacon.Domain.Access;
using Beacon.Domain.Periods;
using Beacon.Domain.Risks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beacon.Application.Risks;

/// <summary>
/// The directorate risk register: each risk scored on the authority's matrix, the high ones flagged when their
/// quarter's review is missed, and reviews appended (never overwritten) by the risk's owner or a performance editor.
/// </summary>
public sealed class RiskRegister(BeaconDbContext db, IOptions<BeaconSiteOptions> site, TimeProvider clock)
{
    /// <summary>Every risk as it stands in <paramref name="now"/>, highest residual score first.</summary>
    public static async Task<IReadOnlyList<RiskLine>> LinesAsync(
        BeaconDbContext db,
        RiskMatrix matrix,
        FinancialQuarter now,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(matrix);
        var risks = await db.Risks.AsNoTracking().Include(r => r.Reviews).OrderBy(r => r.Reference).ToListAsync(cancellationToken);
        return
        [
            .. risks
                .Select(r =>
                {
                    var score = r.ResidualLikelihood * r.ResidualImpact;
                    var high = matrix.IsHigh(score);
                    var reviewed = r.Reviews.Select(v => new FinancialQuarter(v.Year, v.Quarter));
                    var last = r.Reviews.OrderBy(v => v.ReviewedAtUtc).LastOrDefault();
                    return new RiskLine(r, score, high, RiskReviewDue.IsOverdue(matrix, high, reviewed, now), last);
                })
                .OrderByDescending(l => l.Score),
        ];
    }

    /// <summary>Appends a review: the residual likelihood and impact found in the quarter, and why.</summary>
    public async Task<Result<RiskReview>> ReviewAsync(
        int riskId,
        int likelihood,
        int impact,
        string? commentary,
        BeaconUser user,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await db.Risks.FindAsync([riskId], cancellationToken) is not { } risk)
        {
            return Result.Failure("not-found", "There is no such risk.");
        }

        if (!AccessPolicy.CanReviewRisk(user, risk.OwnerInitials))
        {
            return Result.Failure(
                "not-permitted",
                $"Only the risk's owner ({risk.OwnerInitials}) or a performance officer reviews {risk.Reference}."
            );
        }

        var problems = new List<Problem>();
        var score = site.Value.Risks.Score(likelihood, impact);
        if (!score.Succeeded)
        {
            problems.AddRange(score.Problem!.Details.Count > 0 ? score.Problem.Details : [score.Problem]);
        }

        if (string.IsNullOrWhiteSpace(commentary))
        {
            problems.Add(new Problem("commentary", "Enter the review's commentary: what changed, and why the score stands."));
        }

        if (Result.Combine(problems) is { } problem)
        {
            return problem;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var quarter = FinancialQuarter.Of(DateOnly.FromDateTime(now));
        var review = new RiskReview
        {
            RiskId = risk.Id,
            Year = quarter.StartYear,
            Quarter = quarter.Quarter,
            Likelihood = likelihood,
            Impact = impact,
            Commentary = commentary!.Trim(),
            Reviewer = user.UserName,
            ReviewedAtUtc = now,
        };
        db.RiskReviews.Add(review);
        (risk.ResidualLikelihood, risk.ResidualImpact) = (likelihood, impact);
        db.AuditScope.Actor = user.UserName;
        db.AuditScope.Reason = $"Reviewed in {quarter}";
        await db.SaveChangesAsync(cancellationToken);
        return review;
    }
}
