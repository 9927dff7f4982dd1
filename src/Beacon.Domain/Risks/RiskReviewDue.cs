using Beacon.Domain.Periods;

namespace Beacon.Domain.Risks;

/// <summary>When a high risk has missed the review the authority requires in its review quarter.</summary>
public static class RiskReviewDue
{
    /// <param name="matrix">The authority's matrix, which sets the review quarter.</param>
    /// <param name="isHigh">Whether the risk is high now.</param>
    /// <param name="reviewed">The quarters the risk was reviewed in.</param>
    /// <param name="now">The current quarter.</param>
    public static bool IsOverdue(RiskMatrix matrix, bool isHigh, IEnumerable<FinancialQuarter> reviewed, FinancialQuarter now)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var due = new FinancialQuarter(now.StartYear, matrix.ReviewQuarter);
        return isHigh && now > due && !reviewed.Any(q => q >= due);
    }
}
