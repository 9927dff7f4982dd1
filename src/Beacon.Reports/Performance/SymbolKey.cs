using Beacon.Domain.Performance;

namespace Beacon.Reports.Performance;

/// <summary>
/// The report's symbols: a shape, a colour and a word for each, so that no rating rests on colour alone,
/// and the wording of the appendix that explains them (seed 001, section 8).
/// </summary>
public static class SymbolKey
{
    public static (string Shape, string Colour, string Word) For(ProgressRating rating) =>
        rating switch
        {
            ProgressRating.Green => ("\u2714", "00703C", "Green"),
            ProgressRating.Amber => ("\u25B2", "8A5A00", "Amber"),
            _ => ("\u2716", "D4351C", "Red"),
        };

    public static (string Shape, string Colour, string Word) For(DirectionOfTravel direction) =>
        direction switch
        {
            DirectionOfTravel.Better => ("\u2191", "00703C", "Better"),
            DirectionOfTravel.Same => ("\u2192", "8A5A00", "Same"),
            DirectionOfTravel.Worse => ("\u2193", "D4351C", "Worse"),
            _ => ("", "505A5F", "N/A"),
        };

    /// <summary>What each progress symbol means for an objective or milestone, and for an indicator.</summary>
    public static IReadOnlyList<(ProgressRating Rating, string Objective, string Indicator)> Progress { get; } =
    [
        (
            ProgressRating.Green,
            "The objective is on course to be achieved within the appropriate timeframe.",
            "The annual target is on course to be achieved."
        ),
        (
            ProgressRating.Amber,
            "It is uncertain or too early to say at this stage whether the milestone or objective will be achieved within the appropriate timeframe.",
            "It is uncertain or too early to say at this stage whether the annual target is on course to be achieved."
        ),
        (
            ProgressRating.Red,
            "It is highly likely or certain that the objective will not be achieved within the appropriate timeframe.",
            "The target will not be achieved unless there is an intervention or remedial action taken."
        ),
    ];

    /// <summary>What each direction of travel symbol means.</summary>
    public static IReadOnlyList<(DirectionOfTravel Direction, string Meaning)> Directions { get; } =
    [
        (DirectionOfTravel.Better, "Performance is better as compared to the same period last year."),
        (DirectionOfTravel.Same, "Performance is the same as compared to the same period last year."),
        (DirectionOfTravel.Worse, "Performance is worse as compared to the same period last year."),
        (DirectionOfTravel.NotApplicable, "The measure cannot be compared to the same period last year."),
    ];
}
