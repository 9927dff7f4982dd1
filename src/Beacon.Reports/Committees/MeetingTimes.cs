using System.Globalization;

namespace Beacon.Reports.Committees;

/// <summary>A meeting's day and time as the seeds' agendas print them ("Tuesday 1 October 2013", "4.00 pm"), the same in packs and on pages.</summary>
public static class MeetingTimes
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Day(DateTime at) => at.ToString("dddd d MMMM yyyy", English);

    public static string Time(DateTime at) => at.ToString("h.mm tt", English).ToLower(English);

    /// <summary>"Tuesday 1 October 2013 at 4.00 pm".</summary>
    public static string DayAndTime(DateTime at) => $"{Day(at)} at {Time(at)}";
}
