using Beacon.Domain.Achievement;

namespace Beacon.Domain.Tests.Achievement;

public class PupilGroupsTests
{
    [Theory]
    [InlineData("", "All pupils")]
    [InlineData("version=Final", "All pupils")]
    [InlineData("social_care_group=CINO at 31 March|version=Revised", "CINO at 31 March")]
    // The KS1 and phonics files: a topic, its breakdown, a school type and a gender column, most of them totals.
    [InlineData("breakdown_topic=All pupils|breakdown=Total|school_type=State-funded schools|gender=Total", "All pupils")]
    [InlineData("breakdown_topic=All pupils|breakdown=Total|school_type=State-funded schools|gender=Girls", "Girls")]
    [InlineData("breakdown_topic=Disadvantage|breakdown=Disadvantaged|school_type=State-funded schools|gender=Total", "Disadvantaged")]
    [InlineData("breakdown_topic=Disadvantage|breakdown=Disadvantaged|school_type=State-funded schools|gender=Boys", "Disadvantaged, Boys")]
    [InlineData(
        "breakdown_topic=All pupils|breakdown=Total|school_type=State-funded mainstream schools|gender=Total",
        "State-funded mainstream schools"
    )]
    // The early years profile: a characteristic type before the characteristic.
    [InlineData("characteristic_type=FSM status|characteristic=FSM eligible|gender=Total", "FSM eligible")]
    [InlineData("establishment_type_group=All state funded|sex=Female|year_group=Year 1", "Female, Year 1")]
    public void A_group_is_named_by_its_filters_that_are_not_totals(string filters, string group) =>
        Assert.Equal(group, PupilGroups.Of(filters));

    [Fact]
    public void The_gender_gap_pairs_girls_with_boys_in_either_of_DfEs_words()
    {
        Assert.Equal(("Girls", "Boys"), PupilGroups.GenderPair(["All pupils", "Boys", "Disadvantaged, Girls", "Girls"]));
        Assert.Equal(("Female", "Male"), PupilGroups.GenderPair(["Male", "Female"]));
        Assert.Null(PupilGroups.GenderPair(["Girls", "Disadvantaged, Boys"]));
        // The newest phonics files: each sex in Year 1 and in Year 2; the gap is of like with like.
        Assert.Equal(
            ("Female, Year 1", "Male, Year 1"),
            PupilGroups.GenderPair(["Female, Year 2", "Male, Year 2", "Year 1", "Male, Year 1", "Female, Year 1"])
        );
    }

    [Theory]
    [InlineData("Disadvantaged", "Not disadvantaged")]
    [InlineData("Disadvantaged", "Disadvantaged all other")]
    [InlineData("FSM eligible", "FSM all other")]
    [InlineData("Known to be eligible for free school meals", "Not known to be eligible for free school meals")]
    [InlineData("FSM", "Non-FSM")]
    [InlineData("FSM eligible", "All other")]
    public void The_disadvantage_gap_pairs_the_disadvantaged_with_all_other_pupils(string disadvantaged, string others)
    {
        // In either order, beside groups of two breakdowns at once that are neither side whole.
        Assert.Equal(
            (others, disadvantaged),
            PupilGroups.DisadvantagePair(["All pupils", $"{disadvantaged}, Girls", others, disadvantaged])
        );
        Assert.Equal((others, disadvantaged), PupilGroups.DisadvantagePair([disadvantaged, others]));
        Assert.Null(PupilGroups.DisadvantagePair([others, $"{disadvantaged}, Girls"]));
    }

    [Fact]
    public void A_file_with_both_disadvantage_and_free_school_meals_pairs_each_within_its_own_words()
    {
        Assert.Equal(
            ("Disadvantaged all other", "Disadvantaged"),
            PupilGroups.DisadvantagePair(["FSM all other", "FSM", "Disadvantaged all other", "Disadvantaged"])
        );
        Assert.Equal(("All other", "FSM eligible"), PupilGroups.DisadvantagePair(["All other", "Boys", "FSM eligible"]));
    }
}
