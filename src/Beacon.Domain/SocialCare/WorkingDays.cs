namespace Beacon.Domain.SocialCare;

/// <summary>Working days in England: Monday to Friday, not a bank holiday.</summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !EnglishBankHolidays.IsBankHoliday(date);

    /// <summary>
    /// The working days from the start to the end, counting the end day but not the start (so an assessment started
    /// on a Monday and finished on the Tuesday took one working day, and one finished the same day took none).
    /// </summary>
    public static int Between(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            return -Between(end, start);
        }

        var count = 0;
        for (var day = start.AddDays(1); day <= end; day = day.AddDays(1))
        {
            count += IsWorkingDay(day) ? 1 : 0;
        }

        return count;
    }

    /// <summary>The date a number of working days after the start (the last day within a timescale), or before it where the number is negative.</summary>
    public static DateOnly Add(DateOnly start, int workingDays)
    {
        var step = workingDays < 0 ? -1 : 1;
        var day = start;
        for (var counted = 0; counted < Math.Abs(workingDays); )
        {
            day = day.AddDays(step);
            counted += IsWorkingDay(day) ? 1 : 0;
        }

        return day;
    }
}
