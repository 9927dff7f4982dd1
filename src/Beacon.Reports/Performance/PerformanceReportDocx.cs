using Beacon.Domain.Documents;
using Beacon.Domain.Finance;
using Beacon.Domain.Performance;
using Beacon.Reports.Docx;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static Beacon.Reports.Docx.DocxParts;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Beacon.Reports.Performance;

/// <summary>
/// Writes the Directorate Performance Overview Report as a Word document, in the order and layout of
/// the published report: performance overview by business area, financial summaries, then the appendix.
/// </summary>
public static class PerformanceReportDocx
{
    public static void Write(PerformanceReport report, DateOnly date, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        var frame = new DocumentFrame(
            report.AuthorityName,
            $"Performance Overview Report, Quarter {report.Quarter.Quarter} {report.Quarter.Year}",
            date,
            ProtectiveMarking.Official
        );
        using var document = DocxParts.Create(output, frame, out var body);
        var main = document.Main;

        body.Append(Heading($"{report.DirectorateName}: Performance Overview Report", 1));
        body.Append(
            Text(
                $"{report.AuthorityName}. Quarter {report.Quarter.Quarter}, {report.Quarter.Year}: {Date(report.Quarter.FirstDay)} to {Date(report.Quarter.LastDay)}."
            )
        );
        body.Append(Heading("1.0 Introduction", 2));
        body.Append(
            Text(
                $"This report provides an overview of issues and progress within the Directorate that have occurred within Quarter {report.Quarter.Quarter}. The way in which traffic light symbols have been used to reflect progress to date is explained within the Appendix."
            )
        );

        var section = 1;
        foreach (var kind in Enum.GetValues<NarrativeKind>())
        {
            body.Append(Heading($"{++section}.0 {kind.Heading()}", 2));
            var parts = report.Narratives.Where(n => n.Kind == kind).ToList();
            if (parts.Count == 0)
            {
                body.Append(Text("Nothing to report this quarter."));
            }

            var sub = 0;
            foreach (var part in parts)
            {
                if (part.Title.Length > 0)
                {
                    body.Append(Heading($"{section}.{++sub} {part.Title}", 3));
                }

                foreach (var paragraph in part.Body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
                {
                    body.Append(Text(paragraph));
                }
            }
        }

        body.Append(Heading($"{++section}.0 Performance Overview", 2));
        body.Append(
            Text(
                "The following information provides a synopsis of progress for both milestones and performance indicators across the key business areas."
            )
        );
        var charts = ReportCharts.Draw(report);
        uint pictures = 0;
        Paragraph? ChartOf(ReportIndicator indicator) =>
            charts.TryGetValue(indicator, out var png)
                ? Picture(main, png, ++pictures, indicator.Trend!.Description(indicator.Reference, indicator.Title))
                : null;
        foreach (var area in report.Areas)
        {
            AppendArea(body, area, report.Quarter.DisplayName, ChartOf);
        }

        body.Append(Heading($"{++section}.0 Financial Summaries", 2));
        var number = 0;
        foreach (var department in report.Finance)
        {
            body.Append(Heading($"{++number}. {department.Name.ToUpperInvariant()} DEPARTMENT", 3));
            body.Append(Text($"SUMMARY FINANCIAL POSITION AS AT {Date(report.Quarter.LastDay).ToUpperInvariant()}", bold: true));
            body.Append(FinanceTable(department.Summary));
            if (department.Commentary is { } commentary)
            {
                AppendCommentary(body, [new ReportComment("", commentary, department.Initials ?? "")]);
            }
        }

        AppendAppendix(body, report, ++section);
    }

    private static void AppendArea(Body body, ReportArea area, string quarterName, Func<ReportIndicator, Paragraph?> chartOf)
    {
        body.Append(Heading(area.Name, 3));
        if (area.Milestones.Count > 0)
        {
            body.Append(Text("Key Milestones", bold: true));
            body.Append(
                Table(
                    ["Ref", "Milestones", $"{quarterName} Progress"],
                    area.Milestones.Select(m =>
                        new[] { Cell(m.Reference), Cell(m.Text), m.Rating is { } r ? Symbol(SymbolKey.For(r)) : Cell("Not rated") }
                    )
                )
            );
            AppendCommentary(body, area.Milestones.SelectMany(m => m.Commentary));
        }

        if (area.Indicators.Count > 0)
        {
            body.Append(Text("Key Performance Indicators", bold: true));
            body.Append(
                Table(
                    ["Ref", "Measure", "Same quarter last year", "This quarter", "Annual target", "Progress", "Direction of travel"],
                    area.Indicators.Select(i =>
                        new[]
                        {
                            Cell(i.Reference),
                            Cell(i.Title),
                            Cell(i.LastYearValue ?? "–", right: true),
                            Cell(i.Value ?? "–", right: true),
                            Cell(i.Target ?? "–", right: true),
                            Symbol(SymbolKey.For(i.Rating)),
                            Symbol(SymbolKey.For(i.Direction)),
                        }
                    )
                )
            );
            AppendCommentary(body, area.Indicators.SelectMany(i => i.Commentary));
            AppendTrends(body, area, chartOf);
        }
    }

    private static void AppendTrends(Body body, ReportArea area, Func<ReportIndicator, Paragraph?> chartOf)
    {
        var first = true;
        foreach (var indicator in area.Indicators)
        {
            if (chartOf(indicator) is not { } chart)
            {
                continue;
            }

            if (first)
            {
                var heading = Text("Trends", bold: true);
                heading.PrependChild(new ParagraphProperties(new KeepNext()));
                body.Append(heading);
                first = false;
            }

            var caption = Text($"{indicator.Reference} {indicator.Title}: quarterly values against the annual target (dashed)");
            caption.PrependChild(new ParagraphProperties(new KeepNext()));
            body.Append(caption);
            body.Append(chart);
        }
    }

    /// <summary>An inline picture with its description as alternative text, sized as drawn at 96 dots per inch.</summary>
    private static Paragraph Picture(MainDocumentPart main, byte[] png, uint id, string description)
    {
        var part = main.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(png))
        {
            part.FeedData(stream);
        }

        const long emuPerPixel = 9525;
        var (cx, cy) = (ReportCharts.Width * emuPerPixel, ReportCharts.Height * emuPerPixel);
        var name = $"Trend chart {id}";
        var picture = new PIC.Picture(
            new PIC.NonVisualPictureProperties(
                new PIC.NonVisualDrawingProperties { Id = 0U, Name = name },
                new PIC.NonVisualPictureDrawingProperties()
            ),
            new PIC.BlipFill(new A.Blip { Embed = main.GetIdOfPart(part) }, new A.Stretch(new A.FillRectangle())),
            new PIC.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }
            )
        );
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.DocProperties
            {
                Id = id,
                Name = name,
                Description = description,
            },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" })
        );
        return new Paragraph(new Run(new Drawing(inline)));
    }

    private static void AppendCommentary(Body body, IEnumerable<ReportComment> comments)
    {
        var list = comments.ToList();
        if (list.Count == 0)
        {
            return;
        }

        body.Append(Text("Supporting Commentary", bold: true));
        foreach (var comment in list)
        {
            var paragraphs = comment.Text.Split("\n\n");
            for (var i = 0; i < paragraphs.Length; i++)
            {
                var prefix = i == 0 ? comment.Opening : "";
                var suffix = i == paragraphs.Length - 1 ? comment.Signature : "";
                body.Append(Text(prefix + paragraphs[i] + suffix));
            }
        }
    }

    private static void AppendAppendix(Body body, PerformanceReport report, int section)
    {
        body.Append(Heading($"{section}.0 Appendix: Explanation for use of symbols", 2));
        body.Append(Text("Symbols are used in the following manner. Each has a shape and a word as well as a colour."));
        body.Append(
            Table(
                ["Progress", "Objective", "Performance Indicator"],
                SymbolKey.Progress.Select(p => new[] { Symbol(SymbolKey.For(p.Rating)), Cell(p.Objective), Cell(p.Indicator) })
            )
        );
        body.Append(Text("Direction of Travel Indicator", bold: true));
        body.Append(Text("Where possible performance measures will also identify a direction of travel using the following convention."));
        body.Append(
            Table(["Direction", "Meaning"], SymbolKey.Directions.Select(d => new[] { Symbol(SymbolKey.For(d.Direction)), Cell(d.Meaning) }))
        );
        body.Append(Text("Key for Operational Director lead:", bold: true));
        foreach (var officer in report.LeadOfficers)
        {
            body.Append(Text($"{officer.Initials} – {officer.Name}, {officer.Title}"));
        }
    }

    private static Table FinanceTable(FinancialSummary summary)
    {
        var rows = new List<TableCell[]>();
        TableCell[] Row(string name, FinancialFigures f, bool bold) =>
            [
                Cell(name, bold: bold),
                Cell(ThousandsFormat.Amount(f.AnnualBudget), right: true, bold: bold),
                Cell(ThousandsFormat.Amount(f.BudgetToDate), right: true, bold: bold),
                Cell(ThousandsFormat.Amount(f.ExpenditureToDate), right: true, bold: bold),
                Cell(ThousandsFormat.Variance(f.Variance), right: true, bold: bold),
            ];
        foreach (var group in Enum.GetValues<FinancialLineGroup>())
        {
            rows.Add([Cell(group.ToString(), bold: true), Cell(""), Cell(""), Cell(""), Cell("")]);
            rows.AddRange(summary.LinesIn(group).Select(l => Row(l.Name, l.Figures, false)));
            rows.Add(Row($"Total {group.ToString().ToLowerInvariant()}", summary.Total(group), true));
            if (group == FinancialLineGroup.Income)
            {
                rows.Add(Row("NET OPERATIONAL BUDGET", summary.NetOperationalBudget, true));
            }
        }

        rows.Add(Row("Net Expenditure", summary.NetExpenditure, true));
        return Table(
            ["", "Annual Budget £'000", "Budget to Date £'000", "Expenditure to Date £'000", "Variance to Date (overspend) £'000"],
            rows
        );
    }

    // Shape and word in the symbol's colour, bold: readable in greyscale print and by screen readers alike.
    private static TableCell Symbol((string Shape, string Colour, string Word) symbol)
    {
        var text = symbol.Shape.Length == 0 ? symbol.Word : $"{symbol.Shape} {symbol.Word}";
        var run = new Run(
            new RunProperties(new Bold(), new Color { Val = symbol.Colour }),
            new Text(text) { Space = SpaceProcessingModeValues.Preserve }
        );
        return new TableCell(new Paragraph(run));
    }
}
