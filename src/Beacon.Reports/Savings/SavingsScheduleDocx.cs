using Beacon.Domain.Documents;
using Beacon.Reports.Docx;
using DocumentFormat.OpenXml.Wordprocessing;
using static Beacon.Reports.Docx.DocxParts;

namespace Beacon.Reports.Savings;

/// <summary>
/// Writes a savings schedule as the seed's Appendix 1 does, A4 landscape: each cost centre's budget and options,
/// the saving in its rating's column, the proposed sub-total, and the totals with the gap to the target.
/// </summary>
public static class SavingsScheduleDocx
{
    public static void Write(SavingsScheduleReport report, string authority, DateOnly date, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        var title = $"{report.Programme} {report.BudgetYear}: savings schedule";
        using var document = DocxParts.Create(
            output,
            new DocumentFrame(authority, title, date, ProtectiveMarking.Official, Landscape: true),
            out var body
        );
        var proposed = string.Join(" & ", report.Ratings.Where(r => r.CountsAsProposed).Select(r => r.Code));
        body.Append(Heading(title, 1));
        body.Append(Text("Amounts in pounds. Income and contributions from reserves are shown in brackets."));
        string[] headers =
        [
            "Cost centre",
            "Gross budget",
            "Income incl. reserves",
            "Net budget",
            "Option",
            "Proposed net saving",
            .. report.Ratings.Where(r => r.CountsAsProposed).Select(r => r.Code),
            $"{proposed} sub-total",
            .. report.Ratings.Where(r => !r.CountsAsProposed).Select(r => r.Code),
        ];
        body.Append(Table(headers, report.Lines.Select(l => Line(l, report))));
        body.Append(Heading("Totals", 2));
        var totals = report.Totals;
        (string Name, string Value)[] rows =
        [
            ("Direct costs: employees", Pounds.Amount(totals.Budget.Employees)),
            ("Direct costs: other", Pounds.Amount(totals.Budget.Other)),
            ("Support recharges", Pounds.Amount(totals.Budget.Recharges)),
            ("Gross expenditure budget", Pounds.Amount(totals.Budget.Gross)),
            ("Contribution from reserves", Pounds.Credit(totals.Budget.Reserves)),
            ("Income", Pounds.Credit(totals.Budget.Income)),
            ("Income including contribution from reserves", Pounds.Credit(totals.Budget.IncomeIncludingReserves)),
            ("Net budget", Pounds.Amount(totals.Budget.Net)),
            .. totals.ByRating.Select(r => ($"Savings rated {r.Rating.Code}", Pounds.Amount(r.Total))),
            ($"{proposed} sub-total", Pounds.Amount(totals.Proposed)),
            ("Target saving", Pounds.Amount(report.Target)),
            (totals.AgainstTarget < 0 ? "Short of the target by" : "Beyond the target by", Pounds.Amount(Math.Abs(totals.AgainstTarget))),
            ("Reserves carried forward to cover slippage", Pounds.Amount(report.ReservesCarriedForward)),
        ];
        body.Append(Table(["Total", "£"], rows.Select(r => new[] { Cell(r.Name), Cell(r.Value, right: true) })));
    }

    private static TableCell[] Line(SavingsScheduleLine line, SavingsScheduleReport report)
    {
        var inRating = (string code) =>
            string.Equals(line.Rating, code, StringComparison.OrdinalIgnoreCase) ? Pounds.Amount(line.Saving) : "";
        var proposed = report.Ratings.Any(r =>
            r.CountsAsProposed && string.Equals(r.Code, line.Rating, StringComparison.OrdinalIgnoreCase)
        );
        return
        [
            Cell(line.Budget is null ? "" : line.CostCentre),
            Cell(line.Budget is { } b ? Pounds.Amount(b.Gross) : "", right: true),
            Cell(line.Budget is { } i ? Pounds.Credit(i.IncomeIncludingReserves) : "", right: true),
            Cell(line.Budget is { } n ? Pounds.Amount(n.Net) : "", right: true),
            Cell(line.Option is { } o ? $"{o}. {line.Description}" : ""),
            Cell(Pounds.Amount(line.Saving), right: true),
            .. report.Ratings.Where(r => r.CountsAsProposed).Select(r => Cell(inRating(r.Code), right: true)),
            Cell(proposed ? Pounds.Amount(line.Saving) : "", right: true),
            .. report.Ratings.Where(r => !r.CountsAsProposed).Select(r => Cell(inRating(r.Code), right: true)),
        ];
    }
}
