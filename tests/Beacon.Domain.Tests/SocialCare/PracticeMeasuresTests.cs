using Beacon.Domain.SocialCare;

namespace Beacon.Domain.Tests.SocialCare;

public class PracticeMeasuresTests
{
    private static readonly DateOnly AsAt = new(2024, 7, 1); // a Monday

    private static ListRow Row(int list, string child, params (string Column, string Value)[] values) =>
        new(list, child, values.ToDictionary(v => v.Column, v => v.Value));

    [Fact]
    public void Each_measure_counts_the_children_the_lists_describe()
    {
        var rows = new[]
        {
            Row(1, "A"),
            Row(1, "B"),
            Row(3, "A", ("Number of Referrals in Last 12 Months", "1")),
            Row(4, "A", ("Continuous Assessment Start Date", "2024-03-04"), ("Continuous Assessment Date of Authorisation", "2024-05-09")),
            Row(
                7,
                "C",
                ("Date of the Last Statutory Visit", "2024-06-17"),
                ("Was the Child Seen Alone?", "a) Yes"),
                ("Number of Previous Child Protection Plans", "2")
            ),
            Row(
                7,
                "D",
                ("Date of the Last Statutory Visit", "2024-06-14"),
                ("Was the Child Seen Alone?", "b) No"),
                ("Number of Previous Child Protection Plans", "0")
            ),
            Row(8, "E", ("Number of Placements in the Last 12 months", "3")),
            Row(9, "F", ("LA in Touch", "a) Yes"), ("Suitability of Accommodation", "b) Unsuitable")),
        };

        var measures = PracticeMeasures.Compute(rows, AsAt).ToDictionary(m => m.Code);

        Assert.Equal((1, 2), (measures["contact-conversion"].Count, measures["contact-conversion"].Of));
        Assert.Equal((1, 1), (measures["re-referrals"].Count, measures["re-referrals"].Of));
        Assert.Equal((1, 1), (measures["assessments"].Count, measures["assessments"].Of));
        // 17 June to 1 July is 10 working days; 14 June is 11.
        Assert.Equal([true, false], measures["statutory-visits"].Children.Select(c => c.Meets!.Value));
        Assert.Equal((1, 2), (measures["seen-alone"].Count, measures["seen-alone"].Of));
        Assert.Equal((1, 2), (measures["repeat-plans"].Count, measures["repeat-plans"].Of));
        Assert.Equal((1, 1), (measures["placement-moves"].Count, measures["placement-moves"].Of));
        Assert.Equal(
            (1, 1, 0),
            (measures["care-leavers-in-touch"].Count, measures["care-leavers-in-touch"].Of, measures["care-leavers-suitably-housed"].Count)
        );
    }
}
