using Beacon.Domain.Documents;
using Beacon.Domain.Performance;
using Beacon.Reports.Docx;
using static Beacon.Reports.Docx.DocxParts;

namespace Beacon.Reports.Savings;

/// <summary>
/// Writes a programme's delivery in a quarter, A4 landscape: each proposed saving's planned and achieved amounts,
/// its delivery rating and the reason, and the totals.
/// </summary>
public static class SavingsDeliveryDocx
{
    public static void Write(SavingsDeliveryReport report, string authority, DateOnly date, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        var title = $"{report.Programme} {report.BudgetYear}: delivery in {report.Quarter}";
        using var document = DocxParts.Create(
            output,
            new DocumentFrame(authority, title, date, ProtectiveMarking.Official, Landscape: true),
            out var body
        );
        body.Append(Heading(title, 1));
        body.Append(
            Text(
                $"Approved on {Date(report.ApprovedOn)}. Amounts in pounds, planned and achieved by the end of the quarter. "
                    + "The delivery rating judges whether each saving is being delivered; it is apart from the proposal's rating of risk."
            )
        );
        body.Append(
            Table(
                ["Cost centre", "Option", "Proposed saving", "Proposal rating", "Planned", "Achieved", "Delivery rating", "Reason"],
                report.Lines.Select(l =>
                    new[]
                    {
                        Cell(l.CostCentre),
                        Cell($"{l.Option}. {l.Description}"),
                        Cell(Pounds.Amount(l.Proposed), right: true),
                        Cell(l.ProposalRating),
                        Cell(Pounds.Amount(l.Planned), right: true),
                        Cell(Pounds.Amount(l.Achieved), right: true),
                        Cell(l.Rating?.ToString() ?? "Not recorded"),
                        Cell(l.Reason ?? ""),
                    }
                )
            )
        );
        body.Append(Heading("Totals", 2));
        (string Name, string Value)[] rows =
        [
            ("Proposed savings", Pounds.Amount(report.Proposed)),
            ("Planned by the end of the quarter", Pounds.Amount(report.Planned)),
            ("Achieved by the end of the quarter", Pounds.Amount(report.Achieved)),
            ("Savings rated green for delivery", Count(report, ProgressRating.Green)),
            ("Savings rated amber for delivery", Count(report, ProgressRating.Amber)),
            ("Savings rated red for delivery", Count(report, ProgressRating.Red)),
            ("Savings with no delivery recorded", Count(report, null)),
        ];
        body.Append(Table(["Total", "£ or number"], rows.Select(r => new[] { Cell(r.Name), Cell(r.Value, right: true) })));
    }

    private static string Count(SavingsDeliveryReport report, ProgressRating? rating) =>
        report.CountRated(rating).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
