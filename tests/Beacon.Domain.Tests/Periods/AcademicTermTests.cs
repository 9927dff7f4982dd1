using Beacon.Domain.Periods;

namespace Beacon.Domain.Tests.Periods;

public class AcademicTermTests
{
    [Theory]
    [InlineData("2013-09-02", Term.Autumn, 2013)]
    [InlineData("2014-02-10", Term.Spring, 2013)]
    [InlineData("2014-06-20", Term.Summer, 2013)]
    [InlineData("2014-08-31", Term.Summer, 2013)]
    public void A_date_falls_in_its_term_and_academic_year(string date, Term term, int startYear)
    {
        var found = AcademicTerm.Of(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(new AcademicTerm(new AcademicYear(startYear), term), found);
    }

    [Fact]
    public void Terms_compare_with_the_same_term_last_year_and_follow_each_other()
    {
        var summer = new AcademicTerm(new AcademicYear(2013), Term.Summer);

        Assert.Equal("Summer 2012/13", summer.SamePeriodLastYear.ToString());
        Assert.Equal("Autumn 2014/15", summer.Next.ToString());
    }

    [Fact]
    public void An_academic_year_has_DfEs_six_digit_code() => Assert.Equal("202425", new AcademicYear(2024).Code);
}
