using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;

namespace Beacon.Reports.Docx;

/// <summary>
/// Copies the body of one Beacon Word document into another (a frozen report into an agenda pack), with its
/// pictures, and in a landscape section of its own when it was written landscape.
/// </summary>
internal static class DocxMerge
{
    public static void AppendBody(ReportDocument into, byte[] docx)
    {
        using var source = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = source.MainDocumentPart!;
        var body = main.Document!.Body!;
        var landscape =
            body.GetFirstChild<SectionProperties>() is { } last
            && last.GetFirstChild<PageSize>()?.Orient?.Value == PageOrientationValues.Landscape;
        if (landscape && !into.Frame.Landscape)
        {
            into.Body.Append(into.SectionBreak(endingLandscape: false));
        }

        foreach (var element in body.ChildElements.Where(e => e is not SectionProperties))
        {
            var copy = element.CloneNode(true);
            foreach (var blip in copy.Descendants<A.Blip>().Where(b => b.Embed?.Value is not null))
            {
                var picture = (ImagePart)main.GetPartById(blip.Embed!.Value!);
                var added = into.Main.AddImagePart(picture.ContentType);
                using (var data = picture.GetStream())
                {
                    added.FeedData(data);
                }

                blip.Embed = into.Main.GetIdOfPart(added);
            }

            // The pack has its own header and footer: a copied section break would point at the source's. It keeps
            // the break's page, so a landscape appendix inside a paper stays landscape in the pack.
            foreach (var section in copy.Descendants<SectionProperties>().ToList())
            {
                var wide = section.GetFirstChild<PageSize>()?.Orient?.Value == PageOrientationValues.Landscape;
                section.Parent!.ReplaceChild(into.Section(wide), section);
            }

            into.Body.Append(copy);
        }

        if (landscape && !into.Frame.Landscape)
        {
            into.Body.Append(into.SectionBreak(endingLandscape: true));
        }
    }

    /// <summary>"Page 7": a field Word and LibreOffice fill with the page a bookmark falls on.</summary>
    public static IEnumerable<OpenXmlElement> PageOf(string bookmark, string shown) =>
        [
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode($" PAGEREF {bookmark} \\h ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new Text(shown)),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
        ];
}
