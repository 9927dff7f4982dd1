using Beacon.Web.Features.Shared;

namespace Beacon.Web.Tests.Hosting;

/// <summary>Times are shown as people in England read them: UK local time, which is an hour ahead of UTC in summer.</summary>
public sealed class UkTimeTests
{
    [Fact]
    public void A_summer_evening_in_UTC_is_shown_in_British_Summer_Time() =>
        Assert.Equal("20 June 2013 at 4:00pm", UkTime.Format(new DateTime(2013, 6, 20, 15, 0, 0, DateTimeKind.Utc)));

    [Fact]
    public void Half_past_eleven_at_night_UTC_in_summer_is_the_next_day_in_the_UK() =>
        Assert.Equal("21 June 2013", UkTime.Date(new DateTime(2013, 6, 20, 23, 30, 0, DateTimeKind.Utc)));

    [Fact]
    public void In_winter_UK_time_is_UTC() =>
        Assert.Equal("20 December 2013", UkTime.Date(new DateTime(2013, 12, 20, 23, 30, 0, DateTimeKind.Utc)));
}
