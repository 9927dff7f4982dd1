using Beacon.Domain.Periods;

namespace Beacon.Domain.Tests.Periods;

public class FinancialQuarterTests
{
    [Theory]
    [InlineData(2013, 1, "2013-04-01", "2013-06-30")]
    [InlineData(2013, 2, "2013-07-01", "2013-09-30")]
    [InlineData(2013, 3, "2013-10-01", "2013-12-31")]
    [InlineData(2013, 4, "2014-01-01", "2014-03-31")]
    public void Quarters_run_April_to_March(int year, int quarter, string first, string last)
    {
        var q = new FinancialQuarter(year, quarter);

        Assert.Equal(
            (
                DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture),
                DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)
            ),
            (q.FirstDay, q.LastDay)
        );
    }

    [Theory]
    [InlineData("2013-06-30", "2013-Q1")]
    [InlineData("2014-01-15", "2013-Q4")]
    [InlineData("2014-03-31", "2013-Q4")]
    [InlineData("2014-04-01", "2014-Q1")]
    public void A_date_falls_in_its_quarter(string date, string expected) =>
        Assert.Equal(expected, FinancialQuarter.Of(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).ToString());

    [Fact]
    public void The_same_period_last_year_is_the_same_quarter_a_year_earlier()
    {
        var q4 = new FinancialQuarter(2013, 4);

        Assert.Equal(new FinancialQuarter(2012, 4), q4.SamePeriodLastYear);
        Assert.Equal("Q4 2012/13", q4.SamePeriodLastYear.DisplayName);
    }

    [Theory]
    [InlineData(2013, 1, "Q1 13/14")]
    [InlineData(1999, 3, "Q3 99/00")]
    [InlineData(2009, 4, "Q4 09/10")]
    public void A_short_name_fits_a_chart_axis(int year, int quarter, string expected) =>
        Assert.Equal(expected, new FinancialQuarter(year, quarter).ShortName);

    [Fact]
    public void Quarters_step_across_the_year_end_and_sort_in_time()
    {
        var q4 = new FinancialQuarter(2013, 4);

        Assert.Equal(new FinancialQuarter(2014, 1), q4.Next);
        Assert.Equal(q4, q4.Next.Previous);
        Assert.True(new FinancialQuarter(2013, 4) < new FinancialQuarter(2014, 1));
    }

    [Theory]
    [InlineData("2013-Q1", true)]
    [InlineData("2013-q4", true)]
    [InlineData("2013-Q5", false)]
    [InlineData("Q1 2013", false)]
    [InlineData("", false)]
    public void Codes_parse_only_in_the_documented_form(string text, bool ok) => Assert.Equal(ok, FinancialQuarter.Parse(text).Succeeded);

    [Fact]
    public void A_financial_year_names_itself_and_lists_its_months_from_April()
    {
        var year = new FinancialYear(2013);

        Assert.Equal("2013/14", year.ToString());
        Assert.Equal("April 2013", year.Months[0].ToString());
        Assert.Equal("March 2014", year.Months[11].ToString());
        Assert.Equal(new FinancialQuarter(2013, 4), year.Months[11].Quarter);
    }
}
