using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Beacon.Reports.Docx;

/// <summary>
/// A Word document being written in Beacon's frame. Writers append to <see cref="Body"/>; disposing fits every
/// table's columns to its content and the page, ends the body with the A4 section and its header and footer, and
/// saves the parts.
/// </summary>
internal sealed class ReportDocument(WordprocessingDocument document, Body body, DocumentFrame frame) : IDisposable
{
    public Body Body { get; } = body;

    public MainDocumentPart Main => document.MainDocumentPart!;

    public DocumentFrame Frame { get; } = frame;

    public void Dispose()
    {
        foreach (var table in Body.Descendants<Table>().ToList())
        {
            ColumnWidths.Fit(table, SectionWidthOf(table));
        }

        Body.Append(PageFrame.AddTo(Main, Frame));
        document.Dispose();
    }

    // A table inside a landscape section of an upright document (a pack's wide paper) has the landscape width.
    private int SectionWidthOf(Table table)
    {
        var ending = table
            .ElementsAfter()
            .OfType<Paragraph>()
            .Select(p => p.ParagraphProperties?.SectionProperties)
            .FirstOrDefault(s => s is not null);
        var landscape =
            ending?.GetFirstChild<PageSize>()?.Orient?.Value == PageOrientationValues.Landscape || (ending is null && Frame.Landscape);
        return landscape ? DocumentFrame.LandscapeTextWidth : DocumentFrame.PortraitTextWidth;
    }
}
