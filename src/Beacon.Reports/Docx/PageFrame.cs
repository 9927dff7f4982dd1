using Beacon.Domain.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Beacon.Reports.Docx;

/// <summary>The header, footer and A4 page of a Beacon document, as its frame asks.</summary>
internal static class PageFrame
{
    private const string SmallText = "18";

    /// <summary>Adds the header and footer parts and returns their ids, for the sections that use them.</summary>
    public static (string HeaderId, string FooterId) AddTo(MainDocumentPart main, DocumentFrame frame)
    {
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(
            Line(frame.Marking.Text(), JustificationValues.Center, bold: true),
            Line(frame.Authority, JustificationValues.Left)
        );
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(
            Line($"{frame.Title}, {DocxParts.Date(frame.Date)}", JustificationValues.Left),
            PageNumberLine(),
            Line(frame.Marking.Text(), JustificationValues.Center, bold: true)
        );
        return (main.GetIdOfPart(header), main.GetIdOfPart(footer));
    }

    /// <summary>An A4 section, upright or landscape, with inch margins, the header and the footer.</summary>
    public static SectionProperties Section(bool landscape, string headerId, string footerId)
    {
        var section = new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId },
            new FooterReference { Type = HeaderFooterValues.Default, Id = footerId }
        );
        section.Append(
            new PageSize
            {
                Width = (UInt32Value)(landscape ? 16838U : 11906U),
                Height = (UInt32Value)(landscape ? 11906U : 16838U),
                Orient = landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait,
            },
            new PageMargin
            {
                Top = 1440,
                Right = 1440,
                Bottom = 1440,
                Left = 1440,
                Header = 567,
                Footer = 567,
                Gutter = 0,
            }
        );
        return section;
    }

    private static Paragraph Line(string text, JustificationValues justification, bool bold = false)
    {
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }

        properties.Append(new FontSize { Val = SmallText });
        return new Paragraph(
            new ParagraphProperties(new SpacingBetweenLines { After = "0" }, new Justification { Val = justification }),
            new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve })
        );
    }

    // "Page 3 of 12": fields that Word and LibreOffice fill in as they lay the pages out.
    private static Paragraph PageNumberLine() =>
        new(
            new ParagraphProperties(new SpacingBetweenLines { After = "0" }, new Justification { Val = JustificationValues.Right }),
            Small("Page "),
            Field("PAGE", "1"),
            Small(" of "),
            Field("NUMPAGES", "1")
        );

    private static Run Small(string text) =>
        new(new RunProperties(new FontSize { Val = SmallText }), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static SimpleField Field(string instruction, string shown) => new(Small(shown)) { Instruction = $" {instruction} " };
}
