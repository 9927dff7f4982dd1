using Beacon.Domain.Documents;
using Beacon.Reports.Docx;
using DocumentFormat.OpenXml.Wordprocessing;
using static Beacon.Reports.Docx.DocxParts;
using static Beacon.Reports.Schools.AchievementFormat;

namespace Beacon.Reports.Schools;

/// <summary>Writes scorecards as a Word document, one page to a school.</summary>
public static class SchoolScorecardDocx
{
    public static void Write(IReadOnlyList<SchoolScorecard> cards, string authorityName, DateOnly date, Stream output)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var title = cards.Count == 1 ? $"{cards[0].Name}: school scorecard" : "School scorecards";
        using var document = DocxParts.Create(
            output,
            new DocumentFrame(authorityName, title, date, ProtectiveMarking.Official),
            out var body
        );
        for (var i = 0; i < cards.Count; i++)
        {
            var card = cards[i];
            if (i > 0)
            {
                body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
            }

            body.Append(Heading($"{card.Name}: school scorecard", 1));
            body.Append(
                Text(
                    $"{authorityName}. URN {card.Urn}. {card.Phase}{(card.Type is null ? "" : ", " + card.Type)}{(card.LocalAuthority is null ? "" : ", " + card.LocalAuthority)}."
                )
            );
            body.Append(Text($"Latest Ofsted inspection: {card.LatestInspection ?? "none loaded"}.", bold: true));
            if (card.Lines.Count == 0)
            {
                body.Append(Text("No achievement, attendance or exclusion figures are loaded for this school."));
                continue;
            }

            string[] headers = ["Measure", .. card.Years.SelectMany(y => new[] { $"{Year(y)} school", $"{Year(y)} England" })];
            body.Append(
                Table(
                    headers,
                    card.Lines.Select(line =>
                        new[] { Cell(line.Measure.Name) }
                            .Concat(
                                line.Years.SelectMany(y =>
                                    new[]
                                    {
                                        Cell(Figure(y.School, line.Measure.Unit, y.Symbol), right: true),
                                        Cell(Figure(y.England, line.Measure.Unit), right: true),
                                    }
                                )
                            )
                            .ToArray()
                    )
                )
            );
        }
    }
}
