namespace Beacon.Domain.Risks;

/// <summary>
/// The authority's risk matrix: likelihood and impact each scored 1 to <see cref="Size"/> (a 4x4 or 5x5 grid), a
/// risk's score their product, a risk "high" from <see cref="HighFrom"/>, and the quarter of the financial year in
/// which high risks must be reviewed (the seed, 001 section 4.0: "monitoring of all relevant 'high' risks is
/// undertaken during Q2 reporting"). Set by the authority in its site settings.
/// </summary>
public sealed class RiskMatrix
{
    public int Size { get; set; } = 4;

    public int HighFrom { get; set; } = 9;

    public int ReviewQuarter { get; set; } = 2;

    /// <summary>Likelihood times impact, or which of them is off the matrix.</summary>
    public Result<int> Score(int likelihood, int impact)
    {
        var problems = new List<Problem>();
        if (likelihood < 1 || likelihood > Size)
        {
            problems.Add(new Problem("likelihood", $"Likelihood is scored 1 to {Size}."));
        }

        if (impact < 1 || impact > Size)
        {
            problems.Add(new Problem("impact", $"Impact is scored 1 to {Size}."));
        }

        return Result.Combine(problems) is { } problem ? problem : likelihood * impact;
    }

    public bool IsHigh(int score) => score >= HighFrom;
}
