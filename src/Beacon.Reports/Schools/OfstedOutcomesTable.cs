using System.Globalization;
using Beacon.Domain.Schools;

namespace Beacon.Reports.Schools;

/// <summary>
/// The rows of the proportions table (seed 000, table 4.10), written once for the web page and both reports:
/// each grade's percentage by column, good or better (emphasised), and how many schools each column counts.
/// </summary>
public static class OfstedOutcomesTable
{
    /// <summary>A row: its label, whether it is emphasised, and one cell per column.</summary>
    public sealed record Row(string Label, bool Emphasised, IReadOnlyList<string> Cells);

    public static IReadOnlyList<Row> Rows(IReadOnlyList<OutcomeColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Row Of(string label, Func<OutcomeColumn, string> cell, bool emphasised = false) =>
            new(label, emphasised, columns.Select(cell).ToList());
        Row Grade(OfstedGrade grade) => Of(grade.Name(), c => Percent(c.Percent(grade)));
        return
        [
            Grade(OfstedGrade.Outstanding),
            Grade(OfstedGrade.Good),
            Of("Good or better", c => Percent(c.PercentGoodOrBetter), emphasised: true),
            Grade(OfstedGrade.RequiresImprovement),
            Grade(OfstedGrade.Inadequate),
            Of("Schools with a graded inspection", c => c.Graded.ToString("N0", CultureInfo.GetCultureInfo("en-GB"))),
        ];
    }

    private static string Percent(int? value) => value is { } v ? $"{v}%" : "–";
}
