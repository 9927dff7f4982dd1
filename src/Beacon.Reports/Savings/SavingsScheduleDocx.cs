using System.Globalization;
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
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

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
            ("Direct costs: employees", Money(totals.Budget.Employees)),
            ("Direct costs: other", Money(totals.Budget.Other)),
            ("Support recharges", Money(totals.Budget.Recharges)),
            ("Gross expenditure budget", Money(totals.Budget.Gross)),
            ("Contribution from reserves", Credit(totals.Budget.Reserves)),
            ("Income", Credit(totals.Budget.Income)),
            ("Income including contribution from reserves", Credit(totals.Budget.IncomeIncludingReserves)),
            ("Net budget", Money(totals.Budget.Net)),
            .. totals.ByRating.Select(r => ($"Savings rated {r.Rating.Code}", Money(r.Total))),
            ($"{proposed} sub-total", Money(totals.Proposed)),
            ("Target saving", Money(report.Target)),
            (totals.AgainstTarget < 0 ? "Short of the target by" : "Beyond the target by", Money(Math.Abs(totals.AgainstTarget))),
            ("Reserves carried forward to cover slippage", Money(report.ReservesCarriedForward)),
        ];
        body.Append(Table(["Total", "£"], rows.Select(r => new[] { Cell(r.Name), Cell(r.Value, right: true) })));
    }

    private static TableCell[] Line(SavingsScheduleLine line, SavingsScheduleReport report)
    {
        var inRating = (string code) => string.Equals(line.Rating, code, StringComparison.OrdinalIgnoreCase) ? Money(line.Saving) : "";
        var proposed = report.Ratings.Any(r =>
            r.CountsAsProposed && string.Equals(r.Code, line.Rating, StringComparison.OrdinalIgnoreCase)
        );
        return
        [
            Cell(line.Budget is null ? "" : line.CostCentre),
            Cell(line.Budget is { } b ? Money(b.Gross) : "", right: true),
            Cell(line.Budget is { } i ? Credit(i.IncomeIncludingReserves) : "", right: true),
            Cell(line.Budget is { } n ? Money(n.Net) : "", right: true),
            Cell(line.Option is { } o ? $"{o}. {line.Description}" : ""),
            Cell(Money(line.Saving), right: true),
            .. report.Ratings.Where(r => r.CountsAsProposed).Select(r => Cell(inRating(r.Code), right: true)),
            Cell(proposed ? Money(line.Saving) : "", right: true),
            .. report.Ratings.Where(r => !r.CountsAsProposed).Select(r => Cell(inRating(r.Code), right: true)),
        ];
    }

    private static string Money(decimal? amount) => amount is { } a ? a.ToString("#,##0", English) : "";

    private static string Credit(decimal amount) => amount == 0 ? "" : $"({amount.ToString("#,##0", English)})";
}
