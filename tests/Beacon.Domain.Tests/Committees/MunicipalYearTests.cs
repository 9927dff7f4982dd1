using Beacon.Domain.Committees;

namespace Beacon.Domain.Tests.Committees;

public sealed class MunicipalYearTests
{
    [Theory]
    [InlineData(2013, 10, 1, "2013/14")]
    [InlineData(2014, 4, 30, "2013/14")]
    [InlineData(2014, 5, 1, "2014/15")]
    [InlineData(2015, 1, 21, "2014/15")]
    public void The_municipal_year_runs_from_May_to_April(int year, int month, int day, string expected) =>
        Assert.Equal(expected, MunicipalYear.Of(new DateOnly(year, month, day)).ToString());

    [Theory]
    [InlineData(AgendaSection.KeyDecisions, 1, "5.1")]
    [InlineData(AgendaSection.OtherDecisions, 2, "6.2")]
    [InlineData(AgendaSection.ExemptItems, 1, "10.1")]
    public void Agenda_items_are_numbered_by_their_section_as_the_seeds_number_them(AgendaSection section, int position, string expected) =>
        Assert.Equal(expected, section.Number(position));
}
