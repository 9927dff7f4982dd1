using Beacon.Domain.Statistics;

namespace Beacon.Domain.Tests.Statistics;

public class SpokenNamesTests
{
    [Theory]
    [InlineData("b1_children_in_need_2013_to_2025", "Children in need")]
    [InlineData("d3_cpps_subsequent_plan_2013_to_2025.csv", "Child protection plans subsequent plan")]
    [InlineData("cla_number_and_rate_per_10k_children", "Children looked after number and rate per 10,000 children")]
    [InlineData("ks2_la", "KS2 by local authority")]
    public void A_dataset_is_named_as_people_say_it(string name, string spoken) => Assert.Equal(spoken, SpokenNames.Dataset(name));

    [Theory]
    [InlineData("202425", "2024-25")]
    [InlineData("2024", "2024")]
    [InlineData("2013-Q1", "2013-Q1")]
    public void A_period_is_written_as_people_write_it(string code, string spoken) => Assert.Equal(spoken, SpokenNames.Period(code));
}
