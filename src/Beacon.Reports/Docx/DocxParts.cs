using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Beacon.Reports.Docx;

/// <summary>The paragraphs, cells and tables every Beacon Word report is made of, in its house styles.</summary>
internal static class DocxParts
{
    /// <summary>
    /// A new Word document in Beacon's styles and frame with an empty body to append to. Disposing it fits the
    /// tables, adds the A4 page with its header and footer, and saves the parts, so callers only dispose it.
    /// </summary>
    public static ReportDocument Create(Stream output, DocumentFrame frame, out Body body)
    {
        var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        DocxStyles.AddTo(main);
        body = new Body();
        main.Document = new Document(body);
        return new ReportDocument(document, body, frame);
    }

    public static Paragraph Heading(string text, int level) =>
        new(
            new ParagraphProperties(new ParagraphStyleId { Val = $"Heading{level}" }),
            new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })
        );

    public static Paragraph Text(string text, bool bold = false)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.PrependChild(new RunProperties(new Bold()));
        }

        return new Paragraph(run);
    }

    public static TableCell Cell(string text, bool right = false, bool bold = false)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.PrependChild(new RunProperties(new Bold()));
        }

        var paragraph = new Paragraph(run);
        if (right)
        {
            paragraph.PrependChild(new ParagraphProperties(new Justification { Val = JustificationValues.Right }));
        }

        return new TableCell(paragraph);
    }

    /// <summary>A bordered table with a repeating header row; its column widths are set from its content when the document is finished.</summary>
    public static Table Table(string[] headers, IEnumerable<TableCell[]> rows)
    {
        var table = new Table(new TableProperties(new TableStyle { Val = "TableGrid" }), new TableGrid());
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        header.Append(headers.Select(h => Cell(h, bold: true)));
        table.Append(header);
        foreach (var row in rows)
        {
            // A row is read whole: one split over a page break leaves its last words orphaned on the next page.
            var line = new TableRow(new TableRowProperties(new CantSplit()));
            line.Append(row);
            table.Append(line);
        }

        return table;
    }

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
