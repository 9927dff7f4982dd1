using Beacon.Domain.Protocol;

namespace Beacon.Domain.Tests.Protocol;

public class SupportFlagsTests
{
    private static readonly DateOnly Today = new(2013, 11, 20);

    private static SupportGroupFacts Group(SupportGroupKind kind, int every = 14, DateOnly? lastMet = null, DateOnly? ended = null) =>
        new(kind, every, new DateOnly(2013, 9, 2), lastMet ?? Today.AddDays(-3), ended, Today.AddDays(-3));

    [Theory]
    [InlineData(SchoolRating.Red)]
    [InlineData(SchoolRating.RedAmber)]
    [InlineData(SchoolRating.AmberRed)]
    public void An_Officer_Group_is_for_a_school_rated_AMBER_RED_or_RED(SchoolRating rating)
    {
        Assert.Equal(
            [$"{rating.Name()} school with no Officer Group"],
            SupportFlags.For(rating, [Group(SupportGroupKind.FocusGroup)], true, Today)
        );
        Assert.Empty(SupportFlags.For(rating, [Group(SupportGroupKind.OfficerGroup)], false, Today));
        Assert.Single(SupportFlags.For(rating, [Group(SupportGroupKind.OfficerGroup, ended: Today.AddDays(-1))], false, Today));
    }

    [Theory]
    [InlineData(SchoolRating.Amber, true)]
    [InlineData(SchoolRating.AmberGreen, true)]
    [InlineData(SchoolRating.GreenAmber, false)]
    [InlineData(SchoolRating.Green, false)]
    public void An_amber_school_needs_a_Focus_Group_or_a_support_plan(SchoolRating rating, bool flagged)
    {
        Assert.Equal(flagged, SupportFlags.For(rating, [], false, Today).Count == 1);
        Assert.Empty(SupportFlags.For(rating, [], true, Today));
        Assert.Empty(SupportFlags.For(rating, [Group(SupportGroupKind.FocusGroup)], false, Today));
    }

    [Fact]
    public void A_meeting_is_overdue_a_week_after_it_was_due()
    {
        var fortnightly = Group(SupportGroupKind.FocusGroup, 14, lastMet: Today.AddDays(-21));
        var late = Group(SupportGroupKind.FocusGroup, 14, lastMet: Today.AddDays(-22));
        var neverMet = new SupportGroupFacts(SupportGroupKind.OfficerGroup, 42, Today.AddDays(-50), null, null, Today.AddDays(-2));

        Assert.Empty(SupportFlags.For(SchoolRating.Amber, [fortnightly], false, Today));
        Assert.Equal(
            ["Focus Group meeting overdue: last met 29 Oct 2013, due by 12 Nov 2013"],
            SupportFlags.For(SchoolRating.Amber, [late], false, Today)
        );
        Assert.Equal(
            ["Officer Group meeting overdue: has not met since it started on 1 Oct 2013, due by 12 Nov 2013"],
            SupportFlags.For(SchoolRating.Red, [neverMet], false, Today)
        );
    }

    [Theory]
    [InlineData(SchoolRating.Red, true, false)]
    [InlineData(SchoolRating.RedAmber, false, true)]
    [InlineData(SchoolRating.AmberRed, false, true)]
    [InlineData(SchoolRating.Amber, false, true)]
    [InlineData(SchoolRating.AmberGreen, false, true)]
    [InlineData(SchoolRating.GreenAmber, false, false)]
    [InlineData(SchoolRating.Green, false, false)]
    public void Any_school_judged_to_be_red_is_causing_concern_and_amber_or_red_amber_potentially_vulnerable(
        SchoolRating rating,
        bool causingConcern,
        bool potentiallyVulnerable
    )
    {
        Assert.Equal(causingConcern, rating.IsCausingConcern());
        Assert.Equal(potentiallyVulnerable, rating.IsPotentiallyVulnerable());
    }

    [Fact]
    public void A_Focus_Group_meets_very_frequently_initially_then_monthly_then_half_termly()
    {
        Assert.Equal((30, "Monthly"), SupportRhythm.NextStep(SupportGroupKind.FocusGroup, SupportRhythm.Weekly));
        Assert.Equal((30, "Monthly"), SupportRhythm.NextStep(SupportGroupKind.FocusGroup, SupportRhythm.Fortnightly));
        Assert.Equal((42, "Half-termly"), SupportRhythm.NextStep(SupportGroupKind.FocusGroup, SupportRhythm.Monthly));
        Assert.Null(SupportRhythm.NextStep(SupportGroupKind.FocusGroup, SupportRhythm.HalfTermly));
        // Once monthly, a meeting five weeks after the last is late by the group's own frequency.
        var monthly = Group(SupportGroupKind.FocusGroup, SupportRhythm.Monthly, lastMet: Today.AddDays(-38));
        Assert.Single(SupportFlags.For(SchoolRating.Amber, [monthly], false, Today));
        Assert.Empty(SupportFlags.For(SchoolRating.Amber, [monthly with { LastMet = Today.AddDays(-37) }], false, Today));
    }

    [Fact]
    public void An_Officer_Group_meets_half_termly_with_fortnightly_KIT_meetings_with_a_senior_LA_officer()
    {
        var group = Group(SupportGroupKind.OfficerGroup, SupportRhythm.HalfTermly) with { LastKeptInTouch = Today.AddDays(-15) };

        Assert.Null(SupportRhythm.NextStep(SupportGroupKind.OfficerGroup, SupportRhythm.HalfTermly));
        Assert.Equal(
            ["Keeping-in-touch meeting overdue: last 5 Nov 2013, due fortnightly, by 19 Nov 2013"],
            SupportFlags.For(SchoolRating.Red, [group], false, Today)
        );
        Assert.Empty(SupportFlags.For(SchoolRating.Red, [group with { LastKeptInTouch = Today.AddDays(-14) }], false, Today));
    }
}
