using System.Globalization;
using Beacon.Domain.Finance;

namespace Beacon.Domain.Tests.Finance;

/// <summary>
/// The three departmental summaries of Halton's Q1 2013/14 report (seed 001, section 7), computed from
/// their line items: every total, net figure and variance must equal the published one.
/// </summary>
public class FinancialSummaryTests
{
    [Fact]
    public void Children_and_families_matches_the_published_summary()
    {
        var summary = Load("children-and-families-q1-2013.csv");

        AssertRow(summary.Total(FinancialLineGroup.Expenditure), "15,126", "3,423", "3,499", "(76)");
        AssertRow(summary.Total(FinancialLineGroup.Income), "-2,103", "-1,177", "-1,178", "1");
        AssertRow(summary.NetOperationalBudget, "13,023", "2,246", "2,321", "(75)");
        AssertRow(summary.Total(FinancialLineGroup.Recharges), "3,571", "863", "863", "0");
        AssertRow(summary.NetExpenditure, "16,594", "3,109", "3,184", "(75)");
        AssertVariances(
            summary,
            ("Employees", "11"),
            ("Out of Borough Placements", "(70)"),
            ("Out of Borough Adoption", "(18)"),
            ("In House Adoption", "(50)"),
            ("Fees & Charges", "1")
        );
    }

    [Fact]
    public void Childrens_organisation_and_provision_matches_the_published_summary()
    {
        var summary = Load("childrens-organisation-and-provision-q1-2013.csv");

        AssertRow(summary.Total(FinancialLineGroup.Expenditure), "15,552", "2,934", "2,907", "27");
        AssertRow(summary.Total(FinancialLineGroup.Income), "-12,493", "-3,702", "-3,712", "10");
        AssertRow(summary.NetOperationalBudget, "3,059", "-768", "-805", "37");
        AssertRow(summary.Total(FinancialLineGroup.Recharges), "8,442", "280", "280", "0");
        AssertRow(summary.NetExpenditure, "11,501", "-488", "-525", "37");
        AssertVariances(summary, ("Employees", "19"), ("Schools Transport", "(10)"), ("Schools SLA Income", "10"));
    }

    [Fact]
    public void Learning_and_achievement_matches_the_published_summary()
    {
        var summary = Load("learning-and-achievement-q1-2013.csv");

        AssertRow(summary.Total(FinancialLineGroup.Expenditure), "7,500", "1,273", "1,213", "60");
        AssertRow(summary.Total(FinancialLineGroup.Income), "-887", "-73", "-73", "0");
        AssertRow(summary.NetOperationalBudget, "6,613", "1,200", "1,140", "60");
        AssertRow(summary.Total(FinancialLineGroup.Recharges), "801", "198", "198", "0");
        AssertRow(summary.NetExpenditure, "7,414", "1,398", "1,338", "60");
        AssertVariances(summary, ("Employees", "55"), ("Supplies & Services", "5"));
    }

    [Fact]
    public void Every_seed_line_has_the_sign_its_group_allows()
    {
        foreach (
            var file in new[]
            {
                "children-and-families-q1-2013.csv",
                "childrens-organisation-and-provision-q1-2013.csv",
                "learning-and-achievement-q1-2013.csv",
            }
        )
        {
            Assert.All(Load(file).Lines, line => Assert.Null(line.CheckSigns()));
        }
    }

    [Fact]
    public void A_negative_expenditure_budget_and_a_positive_income_budget_are_refused()
    {
        var spend = new FinancialLine(FinancialLineGroup.Expenditure, "Employees", new(-10, 0, 0));
        var income = new FinancialLine(FinancialLineGroup.Income, "Fees & Charges", new(113, 17, 18));
        var reserves = new FinancialLine(FinancialLineGroup.Income, "Transfer to/from Reserves", new(500, 0, 0));

        Assert.Equal("negative-budget", spend.CheckSigns()?.Code);
        Assert.Equal("income-sign", income.CheckSigns()?.Code);
        Assert.Null(reserves.CheckSigns());
    }

    private static void AssertRow(FinancialFigures figures, string annual, string toDate, string spent, string variance)
    {
        Assert.Equal(
            (annual, toDate, spent, variance),
            (
                ThousandsFormat.Amount(figures.AnnualBudget),
                ThousandsFormat.Amount(figures.BudgetToDate),
                ThousandsFormat.Amount(figures.ExpenditureToDate),
                ThousandsFormat.Variance(figures.Variance)
            )
        );
    }

    private static void AssertVariances(FinancialSummary summary, params (string Line, string Published)[] expected)
    {
        foreach (var (line, published) in expected)
        {
            Assert.Equal((line, published), (line, ThousandsFormat.Variance(summary.Lines.Single(l => l.Name == line).Figures.Variance)));
        }
    }

    // The line items as the seed prints them, one CSV per department.
    private static FinancialSummary Load(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Finance", "TestData", file))
            .Skip(1)
            .Select(row => row.Split(','))
            .Select(cells => new FinancialLine(
                Enum.Parse<FinancialLineGroup>(cells[0]),
                cells[1],
                new FinancialFigures(Number(cells[2]), Number(cells[3]), Number(cells[4]))
            ))
            .ToList();
        return new FinancialSummary(lines);
    }

    private static decimal Number(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
