using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Beacon.Reports.Docx;

/// <summary>
/// A Word document being written in Beacon's frame. Writers append to <see cref="Body"/>; disposing fits every
/// table's columns to its content and the page, ends the body with the A4 section and its header and footer, and
/// saves the parts.
/// </summary>
public sealed class ReportDocument : IDisposable
{
    private readonly WordprocessingDocument _document;
    private readonly string _headerId;
    private readonly string _footerId;

    internal ReportDocument(WordprocessingDocument document, Body body, DocumentFrame frame)
    {
        _document = document;
        Body = body;
        Frame = frame;
        (_headerId, _footerId) = PageFrame.AddTo(Main, frame);
    }

    public Body Body { get; }

    public MainDocumentPart Main => _document.MainDocumentPart!;

    public DocumentFrame Frame { get; }

    /// <summary>A paragraph that ends the section before it, upright or landscape, with the document's header and footer; page numbers run on.</summary>
    public Paragraph SectionBreak(bool endingLandscape) => new(new ParagraphProperties(Section(endingLandscape)));

    /// <summary>A section's page (upright or landscape A4) with this document's header and footer.</summary>
    public SectionProperties Section(bool landscape) => PageFrame.Section(landscape, _headerId, _footerId);

    public void Dispose()
    {
        foreach (var table in Body.Descendants<Table>().ToList())
        {
            ColumnWidths.Fit(table, SectionWidthOf(table));
        }

        Body.Append(PageFrame.Section(Frame.Landscape, _headerId, _footerId));
        _document.Dispose();
    }

    // A table inside a landscape section of an upright document (a pack's wide paper) has the landscape width.
    private int SectionWidthOf(Table table)
    {
        var ending = table
            .ElementsAfter()
            .OfType<Paragraph>()
            .Select(p => p.ParagraphProperties?.GetFirstChild<SectionProperties>())
            .FirstOrDefault(s => s is not null);
        var landscape = ending is null
            ? Frame.Landscape
            : ending.GetFirstChild<PageSize>()?.Orient?.Value == PageOrientationValues.Landscape;
        return landscape ? DocumentFrame.LandscapeTextWidth : DocumentFrame.PortraitTextWidth;
    }
}
