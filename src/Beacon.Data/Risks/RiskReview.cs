namespace Beacon.Data.Risks;

/// <summary>
/// One review of a risk in a quarter: the residual score found and the commentary, by whom and when. Append-only:
/// the database refuses to change or remove a review, so the history of a risk is what was said at the time.
/// </summary>
public class RiskReview
{
    public int Id { get; set; }

    public int RiskId { get; set; }

    /// <summary>The financial year's first calendar year and the quarter reviewed in: 2013 and 2 for Q2 2013/14.</summary>
    public int Year { get; set; }

    public int Quarter { get; set; }

    public int Likelihood { get; set; }

    public int Impact { get; set; }

    public string Commentary { get; set; } = "";

    public string Reviewer { get; set; } = "";

    public DateTime ReviewedAtUtc { get; set; }
}
