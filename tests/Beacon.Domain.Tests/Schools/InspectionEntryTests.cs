using Beacon.Domain.Schools;

namespace Beacon.Domain.Tests.Schools;

/// <summary>What an officer may record from Ofsted's letter or report.</summary>
public sealed class InspectionEntryTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static readonly InspectionEntry Visit = new(
        InspectionTypes.Monitoring,
        new DateOnly(2013, 10, 15),
        new DateOnly(2013, 10, 30),
        "Progress is good",
        null,
        null,
        null
    );

    [Fact]
    public void A_monitoring_visit_with_an_outcome_Ofsted_uses_may_be_recorded() => Assert.Empty(Visit.Problems(Today));

    public static TheoryData<string, InspectionEntry, string> Refused =>
        new()
        {
            { "no type", Visit with { Type = "Visit" }, "Type" },
            { "no start date", Visit with { StartDate = null }, "StartDate" },
            { "a start in the future", Visit with { StartDate = Today.AddDays(1) }, "StartDate" },
            { "published before it began", Visit with { PublicationDate = new DateOnly(2013, 10, 1) }, "PublicationDate" },
            { "an outcome Ofsted does not use", Visit with { MonitoringOutcome = "Fine" }, "MonitoringOutcome" },
            {
                "an ungraded inspection without its outcome",
                Visit with
                {
                    Type = InspectionTypes.Ungraded,
                    UngradedOutcome = " ",
                },
                "UngradedOutcome"
            },
            { "a graded inspection without a grade", Visit with { Type = InspectionTypes.Graded, Grade = 5 }, "Grade" },
            {
                "a graded inspection on the report-card scale",
                Visit with
                {
                    Type = InspectionTypes.Graded,
                    Grade = 2,
                    StartDate = InspectionEntry.ReportCardsFrom,
                    PublicationDate = null,
                },
                "StartDate"
            },
            {
                "a category of concern with a grade other than Inadequate",
                Visit with
                {
                    Type = InspectionTypes.Graded,
                    Grade = 3,
                    Category = "Special Measures",
                },
                "Category"
            },
        };

    [Theory]
    [MemberData(nameof(Refused))]
    public void An_entry_that_does_not_match_Ofsteds_letter_is_refused_on_the_field_to_put_right(
        string why,
        InspectionEntry entry,
        string field
    ) => Assert.True(entry.Problems(Today).Select(p => p.Code).SequenceEqual([field]), why);
}
