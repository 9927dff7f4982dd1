using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Beacon.Reports.Docx;

/// <summary>The paragraphs, cells and tables every Beacon Word report is made of, in its house styles.</summary>
internal static class DocxParts
{
    /// <summary>
    /// A new Word document in Beacon's styles with an empty body to append to. The document saves its parts
    /// when disposed (the SDK's AutoSave), so callers only dispose it.
    /// </summary>
    public static WordprocessingDocument Create(Stream output, out Body body)
    {
        var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        DocxStyles.AddTo(main);
        body = new Body();
        main.Document = new Document(body);
        return document;
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

    public static Table Table(string[] headers, IEnumerable<TableCell[]> rows, int[] widths)
    {
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = "TableGrid" },
                new TableWidth { Type = TableWidthUnitValues.Dxa, Width = widths.Sum().ToString(CultureInfo.InvariantCulture) }
            ),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) }))
        );
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        header.Append(headers.Select(h => Cell(h, bold: true)));
        table.Append(header);
        foreach (var row in rows)
        {
            table.Append(new TableRow(row));
        }

        return table;
    }

    /// <summary>
    /// The last child of a body whose tables are too wide to read upright: A4 landscape with inch margins
    /// (about 24.6 cm of text width, 13,958 twips). Word wants a section's properties last, so writers append it at the end.
    /// </summary>
    public static SectionProperties LandscapeA4() =>
        new(
            new PageSize
            {
                Width = 16838,
                Height = 11906,
                Orient = PageOrientationValues.Landscape,
            },
            new PageMargin
            {
                Top = 1440,
                Right = 1440,
                Bottom = 1440,
                Left = 1440,
                Header = 720,
                Footer = 720,
                Gutter = 0,
            }
        );

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
