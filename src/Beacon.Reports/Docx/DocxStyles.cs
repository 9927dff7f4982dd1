using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Beacon.Reports.Docx;

/// <summary>The few styles Beacon's documents use: Arial body text, three heading levels, and a bordered table.</summary>
internal static class DocxStyles
{
    public static void AddTo(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(
                    new RunPropertiesBaseStyle(
                        new RunFonts
                        {
                            Ascii = "Arial",
                            HighAnsi = "Arial",
                            ComplexScript = "Arial",
                        },
                        new FontSize { Val = "21" }
                    )
                ),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120" }))
            ),
            Heading(1, "36"),
            Heading(2, "30"),
            Heading(3, "24"),
            new Style(
                new StyleName { Val = "Table Grid" },
                new StyleTableProperties(
                    new TableBorders(
                        // In the schema's order (top, left, bottom, right), or Word offers to repair the file.
                        new TopBorder { Val = BorderValues.Single, Size = 4 },
                        new LeftBorder { Val = BorderValues.Single, Size = 4 },
                        new BottomBorder { Val = BorderValues.Single, Size = 4 },
                        new RightBorder { Val = BorderValues.Single, Size = 4 },
                        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }
                    ),
                    new TableCellMarginDefault(
                        new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                        new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa }
                    )
                )
            )
            {
                Type = StyleValues.Table,
                StyleId = "TableGrid",
            }
        );
    }

    private static Style Heading(int level, string size) =>
        new(
            new StyleName { Val = $"heading {level}" },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new StyleParagraphProperties(
                new KeepNext(),
                new SpacingBetweenLines { Before = "240", After = "120" },
                new OutlineLevel { Val = level - 1 }
            ),
            new StyleRunProperties(new Bold(), new FontSize { Val = size })
        )
        {
            Type = StyleValues.Paragraph,
            StyleId = $"Heading{level}",
        };
}
