using Beacon.Domain.Periods;

namespace Beacon.Application.Equality;

/// <summary>Section 5.0 of the quarterly report from the equality actions, in the seed's words (001, section 5.0).</summary>
public static class EqualityActionsNarrative
{
    public const string Preamble =
        "The Council must have evidence that it reviews its services and policies to show that they comply with the Public Sector Equality Duty (PSED) which came into force in April 2011. The PSED also requires us to publish this information as it is available.";

    public static string For(IReadOnlyList<EqualityActionLine> lines, FinancialQuarter quarter)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var named = $"Quarter {quarter.Quarter} {quarter.Year}";
        if (lines.Count == 0)
        {
            return $"{Preamble}\n\nAs a result of undertaking Departmental Equality Impact Assessments no high priority actions were identified for the Directorate for {named}.";
        }

        var paragraphs = new List<string>
        {
            Preamble,
            $"As a result of undertaking Departmental Equality Impact Assessments, {Count(lines.Count)} for the Directorate in {named}:",
        };
        foreach (var line in lines)
        {
            var action = line.Action;
            var progress = line.Progress is { } p
                ? $"{p.Commentary}{(p.Completed ? " Completed." : "")}"
                : $"No progress has been reported for {named}.";
            paragraphs.Add(
                $"{action.Action} ({line.AssessmentTitle}; responsible officer {action.ResponsibleOfficer}; by {action.ByWhen}). {progress}"
            );
        }

        return string.Join("\n\n", paragraphs);
    }

    private static string Count(int count) => count == 1 ? "one high priority action is held" : $"{count} high priority actions are held";
}
