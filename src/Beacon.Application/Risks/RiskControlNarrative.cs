using Beacon.Domain.Periods;
using Beacon.Domain.Risks;

namespace Beacon.Application.Risks;

/// <summary>Section 4.0 of the quarterly report from the register, in the seed's words (001, section 4.0).</summary>
public static class RiskControlNarrative
{
    public const string Preamble =
        "Risk control forms an integral part of the Council's Business Planning and performance monitoring arrangements. During the development of the Business Plan, the service was required to undertake a risk assessment of all key service objectives with high risks included in the Directorate Risk Register.";

    public static string For(IReadOnlyList<RiskLine> lines, RiskMatrix matrix, FinancialQuarter quarter)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(matrix);
        var due = new FinancialQuarter(quarter.StartYear, matrix.ReviewQuarter);
        var high = lines.Where(l => l.IsHigh).ToList();
        var paragraphs = new List<string>
        {
            Preamble,
            $"As a result, monitoring of all relevant 'high' risks is undertaken during Q{matrix.ReviewQuarter} reporting.",
        };
        if (high.Count == 0)
        {
            paragraphs.Add($"No high risks are held in the Directorate Risk Register for {quarter.DisplayName}.");
        }

        foreach (var line in high)
        {
            var review = line.LastReview is { } last
                ? $"Last reviewed in {new FinancialQuarter(last.Year, last.Quarter).DisplayName} by {last.Reviewer}: {last.Commentary}"
                : "Not yet reviewed.";
            var overdue = line.ReviewOverdue ? $" Its review due in {due.DisplayName} has not been recorded." : "";
            paragraphs.Add(
                $"{line.Risk.Reference} ({line.Risk.ObjectiveReference}) {line.Risk.Title}: residual score {line.Score} of {matrix.Size * matrix.Size} (high), owner {line.Risk.OwnerInitials}. {review}{overdue}"
            );
        }

        return string.Join("\n\n", paragraphs);
    }
}
