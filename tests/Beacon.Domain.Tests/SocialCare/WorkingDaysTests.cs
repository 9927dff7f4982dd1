using Beacon.Domain.SocialCare;

namespace Beacon.Domain.Tests.SocialCare;

public class WorkingDaysTests
{
    [Theory]
    [InlineData(2024, "2024-01-01,2024-03-29,2024-04-01,2024-05-06,2024-05-27,2024-08-26,2024-12-25,2024-12-26")]
    [InlineData(2022, "2022-01-03,2022-04-15,2022-04-18,2022-05-02,2022-06-02,2022-06-03,2022-08-29,2022-09-19,2022-12-26,2022-12-27")]
    [InlineData(2020, "2020-01-01,2020-04-10,2020-04-13,2020-05-08,2020-05-25,2020-08-31,2020-12-25,2020-12-28")]
    [InlineData(2023, "2023-01-02,2023-04-07,2023-04-10,2023-05-01,2023-05-08,2023-05-29,2023-08-28,2023-12-25,2023-12-26")]
    [InlineData(2021, "2021-01-01,2021-04-02,2021-04-05,2021-05-03,2021-05-31,2021-08-30,2021-12-27,2021-12-28")]
    public void Bank_holidays_match_those_GOV_UK_published(int year, string published) =>
        Assert.Equal(published.Split(',').Select(DateOnly.Parse).Order(), EnglishBankHolidays.For(year).Order());

    [Fact]
    public void Weekends_and_bank_holidays_are_not_working_days_and_the_start_day_is_not_counted()
    {
        // Thursday 28 March 2024 to Tuesday 2 April: Good Friday, the weekend and Easter Monday fall between.
        Assert.Equal(1, WorkingDays.Between(new DateOnly(2024, 3, 28), new DateOnly(2024, 4, 2)));
        Assert.Equal(0, WorkingDays.Between(new DateOnly(2024, 3, 28), new DateOnly(2024, 3, 28)));
        Assert.Equal(5, WorkingDays.Between(new DateOnly(2024, 6, 7), new DateOnly(2024, 6, 14)));
        Assert.Equal(new DateOnly(2024, 4, 2), WorkingDays.Add(new DateOnly(2024, 3, 28), 1));
    }

    [Fact]
    public void Counting_back_skips_the_same_days_as_counting_forward()
    {
        // From Tuesday 2 April 2024 one working day back is Thursday 28 March, over Easter.
        Assert.Equal(new DateOnly(2024, 3, 28), WorkingDays.Add(new DateOnly(2024, 4, 2), -1));
        Assert.Equal(new DateOnly(2024, 6, 7), WorkingDays.Add(new DateOnly(2024, 6, 14), -5));
    }
}
