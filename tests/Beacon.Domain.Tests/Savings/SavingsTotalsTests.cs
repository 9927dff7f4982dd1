using Beacon.Domain.Savings;

namespace Beacon.Domain.Tests.Savings;

/// <summary>The savings schedule's arithmetic, as its foot prints it.</summary>
public sealed class SavingsTotalsTests
{
    [Fact]
    public void Gross_is_employees_other_costs_and_recharges_and_net_takes_off_reserves_and_income()
    {
        // Commissioned Services - EIG, the seed's one line with both a reserve contribution and income.
        var budget = new CostCentreBudget(86_573m, 1_187_061m, 0m, 26_979m, 55_866m);

        Assert.Equal(1_273_634m, budget.Gross);
        Assert.Equal(82_845m, budget.IncomeIncludingReserves);
        Assert.Equal(1_190_789m, budget.Net);
    }

    [Fact]
    public void Only_ratings_that_count_as_proposed_make_up_the_programme_and_its_gap_against_the_target()
    {
        var totals = SavingsTotals.Of(
            [new CostCentreBudget(0, 100_000m, 0, 0, 0)],
            [(80_693m, "Green"), (47_386m, "amber"), (897_773m, "Red"), (0m, null)],
            SavingRating.Seed,
            target: 130_000m
        );

        Assert.Equal([80_693m, 47_386m, 897_773m], totals.ByRating.Select(r => r.Total));
        Assert.Equal(128_079m, totals.Proposed);
        Assert.Equal(-1_921m, totals.AgainstTarget);
    }
}
