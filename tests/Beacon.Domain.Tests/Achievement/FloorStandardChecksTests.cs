using Beacon.Domain.Achievement;

namespace Beacon.Domain.Tests.Achievement;

public sealed class FloorStandardChecksTests
{
    private static readonly AchievementCatalog Shipped = AchievementCatalog.Shipped;

    [Fact]
    public void The_shipped_rules_read_back_from_their_own_JSON_unchanged()
    {
        var (catalog, problems) = Shipped.WithFloorStandards(Shipped.FloorStandardsJson());

        Assert.Empty(problems);
        Assert.Equal(Shipped.FloorStandardsJson(), catalog!.FloorStandardsJson());
        Assert.Equal(Shipped.FloorStandards.Count, catalog.FloorStandards.Count);
    }

    [Theory]
    [InlineData("""[{"keyStage":"KS4","from":2019,"to":2024,"description":"P8","rule":{"measure":"ks4_p8","below":-0.5}}]""", null)]
    [InlineData(
        """[{"keyStage":"KS4","from":2024,"to":2019,"description":"P8","rule":{"measure":"ks4_p8","below":-0.5}}]""",
        "from is after to"
    )]
    [InlineData(
        """[{"keyStage":"KS4","from":2019,"to":2024,"description":"P8","rule":{"measure":"ks2_rwm_exp","below":65}}]""",
        "ks2_rwm_exp is not a measure of this key stage"
    )]
    [InlineData(
        """[{"keyStage":"KS4","from":2019,"to":2024,"description":"P8","rule":{"measure":"ks4_p8"}}]""",
        "ks4_p8 needs a threshold (below)"
    )]
    [InlineData(
        """[{"keyStage":"KS4","from":2019,"to":2024,"description":"P8","rule":{"measure":"ks4_p8","below":1,"all":[]}}]""",
        "each condition is one of"
    )]
    [InlineData(
        """[{"keyStage":"KS4","from":2019,"to":2024,"description":"P8","rule":{"any":[]}}]""",
        "all or any needs at least one condition"
    )]
    [InlineData(
        """[{"keyStage":"KS3","from":2019,"to":2024,"description":"P8","rule":{"measure":"ks4_p8","below":1}}]""",
        "no measures for key stage KS3"
    )]
    [InlineData("""[]""", "at least one floor standard")]
    [InlineData("""[{"keyStage":"KS4",""", "not valid JSON")]
    public void Each_rule_is_checked_before_it_is_saved(string json, string? problem)
    {
        var (catalog, problems) = Shipped.WithFloorStandards(json);

        if (problem is null)
        {
            Assert.Empty(problems);
            Assert.Equal(-0.5m, catalog!.FloorFor("KS4", 2022)!.Rule.Below);
        }
        else
        {
            Assert.Null(catalog);
            Assert.Contains(problems, p => p.Contains(problem, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Two_rules_for_the_same_key_stage_and_year_are_refused_naming_both()
    {
        const string json = """
            [
              {"keyStage":"KS4","from":2019,"to":2022,"description":"a","rule":{"measure":"ks4_p8","below":-0.5}},
              {"keyStage":"KS4","from":2022,"to":2024,"description":"b","rule":{"measure":"ks4_p8","below":-1}}
            ]
            """;

        var (_, problems) = Shipped.WithFloorStandards(json);

        Assert.Equal(["floor standard 2 (KS4 2022-2024): covers the same years as floor standard 1"], problems);
    }
}
