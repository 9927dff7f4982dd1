using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Beacon.Web.Tests.Reports;

/// <summary>What a council files a document on: A4 pages, numbered, with the protective marking at top and bottom.</summary>
internal static class WordPages
{
    public static void AssertFramed(WordprocessingDocument document, string marking)
    {
        var main = document.MainDocumentPart!;
        var sections = main.Document!.Body!.Descendants<SectionProperties>().ToList();
        Assert.NotEmpty(sections);
        foreach (var size in sections.Select(s => s.GetFirstChild<PageSize>()!))
        {
            // A4 is 11,906 by 16,838 twentieths of a point, either way up.
            Assert.Equal([11906U, 16838U], new[] { size.Width!.Value, size.Height!.Value }.Order());
        }

        var header = Assert.Single(main.HeaderParts).Header!.InnerText;
        var footer = Assert.Single(main.FooterParts).Footer!;
        Assert.StartsWith(marking, header, StringComparison.Ordinal);
        Assert.EndsWith(marking, footer.InnerText, StringComparison.Ordinal);
        Assert.Contains(footer.Descendants<SimpleField>(), f => f.Instruction!.Value!.Trim() == "PAGE");
    }
}
