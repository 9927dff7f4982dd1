namespace Beacon.Domain.Schools;

/// <summary>
/// A monitoring visit or an inspection as a school improvement officer records it from Ofsted's letter or report
/// (decision 020): Ofsted's files list only the latest graded and ungraded inspections, never monitoring visits,
/// which the protocol's criteria read. Graded inspections on the 4-point scale only: report cards come whole in
/// Ofsted's files.
/// </summary>
public sealed record InspectionEntry(
    string? Type,
    DateOnly? StartDate,
    DateOnly? PublicationDate,
    string? MonitoringOutcome,
    string? UngradedOutcome,
    int? Grade,
    string? Category
)
{
    /// <summary>The first day of report-card inspections: a graded inspection from then is not on the 4-point scale.</summary>
    public static readonly DateOnly ReportCardsFrom = new(2025, 11, 10);

    /// <summary>Ofsted's words for a monitoring visit's outcome, the 2013 protocol's first.</summary>
    public static readonly IReadOnlyList<string> MonitoringOutcomes =
    [
        "Progress is good",
        "Progress is satisfactory",
        "Progress is inadequate",
        "Leaders are taking effective action",
        "Leaders are not taking effective action",
    ];

    public static readonly IReadOnlyList<string> Categories = ["Special Measures", "Serious Weaknesses"];

    /// <summary>What the officer must put right, each problem coded by the field it is about; none where it may be recorded.</summary>
    public IReadOnlyList<Problem> Problems(DateOnly today)
    {
        var problems = new List<Problem>();
        void Add(string field, string message) => problems.Add(Result.Failure(field, message));
        if (Type is not (InspectionTypes.Monitoring or InspectionTypes.Ungraded or InspectionTypes.Graded))
        {
            Add(nameof(Type), "Select what Ofsted carried out");
            return problems;
        }

        if (StartDate is not { } start)
        {
            Add(nameof(StartDate), "Enter the date the visit or inspection began, for example 2013-10-15");
        }
        else if (start > today)
        {
            Add(nameof(StartDate), "The date the visit or inspection began must be today or in the past");
        }
        else if (PublicationDate is { } published && published < start)
        {
            Add(nameof(PublicationDate), "The publication date must be on or after the date it began");
        }

        switch (Type)
        {
            case InspectionTypes.Monitoring when !MonitoringOutcomes.Contains(MonitoringOutcome):
                Add(nameof(MonitoringOutcome), "Select the monitoring visit's outcome");
                break;
            case InspectionTypes.Ungraded when string.IsNullOrWhiteSpace(UngradedOutcome):
                Add(nameof(UngradedOutcome), "Enter the outcome as Ofsted words it, for example School remains Good");
                break;
            case InspectionTypes.Graded when Grade is not (>= 1 and <= 4):
                Add(nameof(Grade), "Select the overall effectiveness grade");
                break;
            case InspectionTypes.Graded when StartDate >= ReportCardsFrom:
                Add(
                    nameof(StartDate),
                    "Inspections from 10 November 2025 have report cards: load Ofsted's management information file instead"
                );
                break;
            case InspectionTypes.Graded when Category is { Length: > 0 } && (!Categories.Contains(Category) || Grade != 4):
                Add(nameof(Category), "A category of concern goes only with an Inadequate grade");
                break;
        }

        return problems;
    }

    /// <summary>What it is, in a sentence: "monitoring visit".</summary>
    public string Describe() =>
        Type switch
        {
            InspectionTypes.Monitoring => "monitoring visit",
            InspectionTypes.Ungraded => "ungraded inspection",
            _ => "graded inspection",
        };
}
