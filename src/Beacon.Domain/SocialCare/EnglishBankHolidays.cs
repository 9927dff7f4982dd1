namespace Beacon.Domain.SocialCare;

/// <summary>
/// Bank holidays in England and Wales: the eight regular ones by their rules (a fixed date falling at a weekend
/// moves to the next weekday), with the years the government moved or added one (jubilees, royal weddings, a
/// state funeral, a coronation, the moved VE Day), as published on GOV.UK.
/// </summary>
public static class EnglishBankHolidays
{
    // Government changes to the usual pattern: each year's moved or extra days, with the usual ones they replace.
    private static readonly Dictionary<int, (DateOnly[] Added, DateOnly[] Removed)> Changes = new()
    {
        [2002] = ([new(2002, 6, 3), new(2002, 6, 4)], [new(2002, 5, 27)]),
        [2011] = ([new(2011, 4, 29)], []),
        [2012] = ([new(2012, 6, 4), new(2012, 6, 5)], [new(2012, 5, 28)]),
        [2020] = ([new(2020, 5, 8)], [new(2020, 5, 4)]),
        [2022] = ([new(2022, 6, 2), new(2022, 6, 3), new(2022, 9, 19)], [new(2022, 5, 30)]),
        [2023] = ([new(2023, 5, 8)], []),
    };

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, IReadOnlySet<DateOnly>> Years = new();

    public static bool IsBankHoliday(DateOnly date) => For(date.Year).Contains(date);

    /// <summary>Every bank holiday of a year, worked out once per year and kept.</summary>
    public static IReadOnlySet<DateOnly> For(int year) => Years.GetOrAdd(year, Compute);

    private static HashSet<DateOnly> Compute(int year)
    {
        var easter = EasterSunday(year);
        var days = new HashSet<DateOnly>
        {
            Weekday(new DateOnly(year, 1, 1)),
            easter.AddDays(-2),
            easter.AddDays(1),
            First(DayOfWeek.Monday, year, 5),
            Last(DayOfWeek.Monday, year, 5),
            Last(DayOfWeek.Monday, year, 8),
        };
        // Christmas and Boxing Day: at a weekend, each moves to the next weekday not already taken.
        foreach (var day in new[] { new DateOnly(year, 12, 25), new DateOnly(year, 12, 26) })
        {
            var moved = day;
            while (moved.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || days.Contains(moved))
            {
                moved = moved.AddDays(1);
            }

            days.Add(moved);
        }

        if (Changes.TryGetValue(year, out var change))
        {
            days.ExceptWith(change.Removed);
            days.UnionWith(change.Added);
        }

        return days;
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static DateOnly Weekday(DateOnly date) =>
        date.DayOfWeek switch
        {
            DayOfWeek.Saturday => date.AddDays(2),
            DayOfWeek.Sunday => date.AddDays(1),
            _ => date,
        };

    private static DateOnly First(DayOfWeek day, int year, int month)
    {
        var date = new DateOnly(year, month, 1);
        return date.AddDays(((int)day - (int)date.DayOfWeek + 7) % 7);
    }

    private static DateOnly Last(DayOfWeek day, int year, int month)
    {
        var date = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return date.AddDays(-(((int)date.DayOfWeek - (int)day + 7) % 7));
    }
}
