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

    /// <summary>The framework's objectives a risk may threaten (COPS1, CFS2...), in order: those its milestones serve.</summary>
    public static async Task<IReadOnlyList<string>> ObjectivesAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Milestones.Select(m => m.ObjectiveReference).Distinct().OrderBy(o => o).ToListAsync(cancellationToken);
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

    /// <summary>
    /// Adds a risk to an objective of the framework, owned by one of its lead officers, with its inherent, residual
    /// and target scores on the authority's matrix. Performance officers keep the register.
    /// </summary>
    public async Task<Result<DirectorateRisk>> AddAsync(RiskDraft draft, BeaconUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(user);
        if (!AccessPolicy.Can(user, Permission.EditPerformance))
        {
            return Result.Failure("not-permitted", "Only a performance officer adds a risk to the register.");
        }

        var problems = new List<Problem>();
        var reference = draft.Reference?.Trim() ?? "";
        if (reference.Length == 0)
        {
            problems.Add(new Problem("reference", "Enter the risk's reference, for example CFS2-R1"));
        }
        else if (await db.Risks.AnyAsync(r => r.Reference == reference, cancellationToken))
        {
            problems.Add(new Problem("reference", $"The register already holds {reference}: give the new risk its own reference"));
        }

        var objective = draft.ObjectiveReference?.Trim() ?? "";
        var objectives = await ObjectivesAsync(db, cancellationToken);
        if (!objectives.Contains(objective, StringComparer.OrdinalIgnoreCase))
        {
            problems.Add(new Problem("objective", "Select the objective of the framework the risk threatens"));
        }

        var owner = draft.OwnerInitials?.Trim() ?? "";
        if (!await db.LeadOfficers.AnyAsync(o => o.Initials == owner, cancellationToken))
        {
            problems.Add(new Problem("owner", "Select the lead officer who owns the risk"));
        }

        if (
            RequiredText.Missing(
                ("title", draft.Title, "Enter what the risk is"),
                ("cause", draft.Cause, "Enter the risk's cause"),
                ("event", draft.Event, "Enter the event the risk is of"),
                ("effect", draft.Effect, "Enter the risk's effect"),
                ("controls", draft.Controls, "Enter the controls in place")
            ) is
            { } blank
        )
        {
            problems.AddRange(blank.Details);
        }

        var matrix = site.Value.Risks;
        foreach (
            var (name, likelihood, impact) in new[]
            {
                ("inherent", draft.InherentLikelihood, draft.InherentImpact),
                ("residual", draft.ResidualLikelihood, draft.ResidualImpact),
                ("target", draft.TargetLikelihood, draft.TargetImpact),
            }
        )
        {
            if (matrix.Score(likelihood, impact).Problem is { } off)
            {
                problems.AddRange((off.Details.Count > 0 ? off.Details : [off]).Select(p => p with { Code = $"{name}-{p.Code}" }));
            }
        }

        if (draft.ReviewOn is null)
        {
            problems.Add(new Problem("review-on", "Enter the date the risk is next reviewed"));
        }

        if (Result.Combine(problems) is { } problem)
        {
            return problem;
        }

        var risk = new DirectorateRisk
        {
            Reference = reference,
            ObjectiveReference = objectives.First(o => string.Equals(o, objective, StringComparison.OrdinalIgnoreCase)),
            Title = draft.Title!.Trim(),
            OwnerInitials = owner,
            Cause = draft.Cause!.Trim(),
            Event = draft.Event!.Trim(),
            Effect = draft.Effect!.Trim(),
            Controls = draft.Controls!.Trim(),
            InherentLikelihood = draft.InherentLikelihood,
            InherentImpact = draft.InherentImpact,
            ResidualLikelihood = draft.ResidualLikelihood,
            ResidualImpact = draft.ResidualImpact,
            TargetLikelihood = draft.TargetLikelihood,
            TargetImpact = draft.TargetImpact,
            ReviewOn = draft.ReviewOn!.Value,
        };
        db.Risks.Add(risk);
        db.AuditScope.Actor = user.UserName;
        db.AuditScope.Reason = "Added to the register";
        await db.SaveChangesAsync(cancellationToken);
        return risk;
    }
}
