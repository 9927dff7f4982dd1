using Beacon.Domain.SocialCare;

namespace Beacon.Domain.Tests.SocialCare;

public class TimelinessTests
{
    private static readonly DateOnly Today = new(2024, 7, 1);

    private static readonly DateOnly Monday = new(2024, 3, 4);

    [Fact]
    public void An_assessment_is_within_45_working_days_counting_weekends_and_easter_out()
    {
        // 45 working days from Monday 4 March 2024 is Thursday 9 May: 18 in March (Good Friday out), 21 in April
        // (Easter Monday out), and 6 in May (the early May bank holiday out). Counted by hand, not by the code.
        var onTime = new TimelinessCase("A", Monday, new DateOnly(2024, 5, 9));
        var aDayLate = new TimelinessCase("B", Monday, new DateOnly(2024, 5, 10));

        var result = Timeliness.Measure("Assessments", Timeliness.AssessmentDays, [onTime, aDayLate], Today);

        Assert.Equal([(true, 45), (false, 46)], result.Cases.Select(c => (c.Within!.Value, c.WorkingDays!.Value)));
        Assert.Equal((1, 2, 50.0m), (result.Within, result.Counted, result.Percent));
    }

    [Fact]
    public void Missing_and_impossible_dates_leave_the_child_out_with_the_reason_and_open_episodes_are_not_in_the_rate()
    {
        var result = Timeliness.Measure(
            "Assessments",
            Timeliness.AssessmentDays,
            [
                new("no-start", null, Monday),
                new("backwards", Monday, Monday.AddDays(-3)),
                new("open-overdue", new DateOnly(2024, 4, 2), null),
                new("open-in-time", new DateOnly(2024, 6, 24), null),
            ],
            Today
        );

        Assert.Equal(0, result.Counted);
        Assert.Null(result.Percent);
        Assert.Equal("left out: no start date", result.Cases[0].Note);
        Assert.Equal("left out: completed 2024-03-01 before it started 2024-03-04", result.Cases[1].Note);
        Assert.Equal(1, result.OpenAndOverdue);
        Assert.StartsWith("open and past its timescale, due 2024-06-06", result.Cases[2].Note, StringComparison.Ordinal);
        Assert.StartsWith("open, due 2024-08-27", result.Cases[3].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flexible_timescale_replaces_45_days_for_that_child_only_and_says_who_decided()
    {
        var direction = new FlexibleTimescale(
            "A",
            FlexibleDecision.AssessmentTimescale,
            60,
            null,
            "Team manager J. Smith",
            new DateOnly(2024, 3, 11),
            "complex needs across three households",
            []
        );
        var cases = new TimelinessCase[] { new("A", Monday, new DateOnly(2024, 5, 20)), new("B", Monday, new DateOnly(2024, 5, 20)) };

        var result = Timeliness.Measure(
            "Assessments",
            Timeliness.AssessmentDays,
            cases,
            Today,
            new Dictionary<string, FlexibleTimescale> { ["A"] = direction }
        );

        Assert.Equal([(true, 60), (false, 45)], result.Cases.Select(c => (c.Within!.Value, c.Timescale)));
        Assert.Contains(
            "decided by Team manager J. Smith on 2024-03-11: complex needs across three households",
            result.Cases[0].Note,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_flexible_timescale_is_reviewed_weekly()
    {
        var direction = new FlexibleTimescale(
            "A",
            FlexibleDecision.AssessmentTimescale,
            60,
            null,
            "J. Smith",
            new DateOnly(2024, 3, 11),
            "complex",
            [new DateOnly(2024, 3, 18)]
        );

        Assert.Equal(new DateOnly(2024, 3, 25), direction.ReviewDue);
        Assert.False(direction.IsReviewOverdue(new DateOnly(2024, 3, 25)));
        Assert.True(direction.IsReviewOverdue(new DateOnly(2024, 3, 26)));
    }

    [Fact]
    public void The_social_work_manager_should_determine_the_date_on_which_the_initial_child_protection_conference_is_to_be_held()
    {
        // A strategy discussion on Monday 4 March 2024; the manager sets the conference for Friday 5 April, 22 working
        // days on (Good Friday and Easter Monday not counted). Held that day, it is on time for that child; the same
        // days for another child are late against the 15.
        var set = new DateOnly(2024, 4, 5);
        var decision = new FlexibleTimescale(
            "A",
            FlexibleDecision.ConferenceDate,
            null,
            set,
            "Social work manager K. Lee",
            new DateOnly(2024, 3, 5),
            "the child's father is abroad until April",
            []
        );
        var directions = new FlexibleDirections([decision]);
        var cases = new TimelinessCase[] { new("A", Monday, set), new("B", Monday, set) };

        var result = Timeliness.Measure(
            "Section 47 to initial conference",
            Timeliness.InitialConferenceDays,
            cases,
            Today,
            directions.Conferences
        );

        Assert.Equal([(true, 22), (false, 15)], result.Cases.Select(c => (c.Within!.Value, c.Timescale)));
        Assert.Contains("the social work manager's date, 2024-04-05", result.Cases[0].Note, StringComparison.Ordinal);
        // A conference date is not an assessment timescale.
        Assert.Empty(directions.Assessments);
    }

    [Fact]
    public void Section_47_to_initial_conference_is_within_15_working_days_across_christmas()
    {
        // From Friday 13 December 2024, 15 working days run past Christmas Day, Boxing Day and New Year's Day to 8 January 2025.
        var result = Timeliness.Measure(
            "Section 47 to initial conference",
            Timeliness.InitialConferenceDays,
            [
                new("A", new DateOnly(2024, 12, 13), new DateOnly(2025, 1, 8)),
                new("B", new DateOnly(2024, 12, 13), new DateOnly(2025, 1, 9)),
            ],
            new DateOnly(2025, 2, 1)
        );

        Assert.Equal([true, false], result.Cases.Select(c => c.Within!.Value));
    }

    [Fact]
    public void A_re_referral_is_within_12_months_of_the_childs_previous_referral()
    {
        var (referrals, reReferrals, cases) = ReReferrals.Count(
            [
                ("A", new DateOnly(2023, 6, 1)),
                ("A", new DateOnly(2024, 5, 31)),
                ("B", new DateOnly(2023, 4, 1)),
                ("B", new DateOnly(2024, 4, 2)),
                ("C", new DateOnly(2024, 5, 1)),
            ],
            new DateOnly(2024, 4, 1),
            new DateOnly(2025, 3, 31)
        );

        Assert.Equal((3, 1), (referrals, reReferrals));
        Assert.Equal(new DateOnly(2023, 6, 1), cases.Single(c => c.ChildId == "A").Previous);
        Assert.Null(cases.Single(c => c.ChildId == "B").Previous); // a year and a day later
    }
}
