using System.Globalization;
using Beacon.Domain.Committees;
using Beacon.Domain.Documents;
using Beacon.Reports.Docx;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static Beacon.Reports.Docx.DocxParts;

namespace Beacon.Reports.Committees;

/// <summary>
/// Writes an agenda pack as one Word document: the agenda, each item's line giving the page its paper starts on,
/// then the papers, each on a new page under the committee's name and date, "Report of" and "Subject", its
/// numbered sections and recommendations, and the Beacon report frozen for it.
/// </summary>
public static class AgendaPackWriter
{
    /// <summary>The words of the resolution that excludes press and public (seed 000, item 9).</summary>
    public const string ExclusionResolution =
        "Under Section 100(A)(4) of the Local Government Act 1972, the press and public be excluded from the meeting for the following items of business on the grounds that it involves the likely disclosure of exempt information as defined in the paragraphs referred to below of Part 1 of Schedule 12A of the Local Government Act 1972, as amended by the Local Government (Access to Information) (Variation) Order 2006.";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static void Write(AgendaPack pack, DateOnly date, Stream output)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var exempt = pack.Part == PackPart.Exempt;
        var frame = new DocumentFrame(
            pack.Authority,
            exempt ? $"{pack.Title}: exempt papers" : pack.Title,
            date,
            ProtectiveMarkings.For(exempt: exempt)
        );
        using var document = DocxParts.Create(output, frame, out var body);
        AppendAgenda(body, pack);
        var bookmark = 0;
        foreach (var item in pack.Sections.SelectMany(s => s.Items).Where(i => i.Paper is not null))
        {
            body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
            AppendPaper(document, pack, item, ++bookmark);
        }
    }

    private static void AppendAgenda(Body body, AgendaPack pack)
    {
        var exempt = pack.Part == PackPart.Exempt;
        body.Append(Heading($"{pack.Committee.ToUpper(English)} AGENDA{(exempt ? ": EXEMPT ITEMS" : "")}", 1));
        body.Append(Text(MeetingTimes.DayAndTime(pack.StartsAt), bold: true));
        body.Append(Text($"in the {pack.Venue}"));
        if (exempt)
        {
            body.Append(
                Text(
                    "Not for publication: these papers contain exempt information under Part 1 of Schedule 12A of the Local Government Act 1972. Members and officers granted them only.",
                    bold: true
                )
            );
        }

        body.Append(Text($"MEMBERS: {pack.Committee.ToUpper(English)}", bold: true));
        foreach (var line in pack.Membership)
        {
            body.Append(Text(line));
        }

        foreach (var section in pack.Sections)
        {
            if (section.Section == AgendaSection.ExemptItems)
            {
                body.Append(Heading("Local Government (Access to Information) (Variation) Order 2006", 2));
                body.Append(Text("EXEMPT ITEMS", bold: true));
                body.Append(Text(ExclusionResolution));
            }
            else
            {
                body.Append(Heading($"{(int)section.Section}. {section.Section.Heading().ToUpper(English)}", 2));
            }

            // As the seeds do: "None." under a section of business with no items.
            if (section.Items.Count == 0 && section.Section is >= AgendaSection.Minutes and < AgendaSection.UrgentBusiness)
            {
                body.Append(Text("None."));
            }

            foreach (var item in section.Items)
            {
                body.Append(AgendaLine(item));
            }
        }

        if (pack.NextMeeting is not null)
        {
            body.Append(Text($"Date of next meeting: {pack.NextMeeting}", bold: true));
        }
    }

    // "6.2 Vulnerable Schools and Schools Causing Concern — Assistant Director, Education ... page 9".
    private static Paragraph AgendaLine(PackItem item)
    {
        var text = $"{item.Number} {item.Title}";
        if (item.ReportOf is not null)
        {
            text += $" – {item.ReportOf}";
        }

        if (item.ExemptParagraph is { } paragraph)
        {
            text += $" (exempt: {ExemptParagraph.Describe(paragraph)})";
        }

        if (item.IsSupplement)
        {
            text += " (supplement: added after publication)";
        }

        var line = new Paragraph(
            new ParagraphProperties(new Indentation { Left = "360" }),
            new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })
        );
        if (item.Paper is not null)
        {
            line.Append(new Run(new Text(", page ") { Space = SpaceProcessingModeValues.Preserve }));
            line.Append(DocxMerge.PageOf(item.Bookmark, "?"));
        }

        return line;
    }

    private static void AppendPaper(ReportDocument document, AgendaPack pack, PackItem item, int bookmarkId)
    {
        var body = document.Body;
        var paper = item.Paper!;
        var id = bookmarkId.ToString(CultureInfo.InvariantCulture);
        var heading = Heading(pack.Committee.ToUpper(English), 1);
        // The agenda's page field points here.
        heading.InsertAfter(new BookmarkStart { Name = item.Bookmark, Id = id }, heading.ParagraphProperties);
        heading.Append(new BookmarkEnd { Id = id });
        body.Append(heading);
        body.Append(
            Text(
                $"{Date(DateOnly.FromDateTime(pack.StartsAt))}. Agenda item {item.Number}{(item.IsSupplement ? " (supplement)" : "")}.",
                bold: true
            )
        );
        if (item.ExemptParagraph is { } paragraph)
        {
            body.Append(
                Text(
                    $"Not for publication by virtue of {ExemptParagraph.Describe(paragraph).ToLower(English)} of Part 1 of Schedule 12A of the Local Government Act 1972.",
                    bold: true
                )
            );
        }

        if (item.ReportOf is not null)
        {
            body.Append(Text($"Report of: {item.ReportOf}"));
        }

        body.Append(Text($"Subject: {item.Title.ToUpper(English)}", bold: true));
        var number = 0;
        Numbered(body, ++number, "TYPE OF DECISION/APPLICABLE CATEGORY", paper.TypeOfDecision);
        foreach (var (sectionHeading, text) in paper.Sections)
        {
            Numbered(body, ++number, sectionHeading.ToUpper(English), text, numberParagraphs: true);
        }

        var recommendations = ++number;
        body.Append(Heading($"{recommendations}. RECOMMENDATIONS", 3));
        for (var i = 0; i < paper.Recommendations.Count; i++)
        {
            body.Append(Text($"{recommendations}.{i + 1} {paper.Recommendations[i]}"));
        }

        Numbered(body, ++number, "REASONS FOR RECOMMENDATIONS", paper.Reasons ?? "None given.");
        Numbered(body, ++number, "BACKGROUND PAPERS", paper.BackgroundPapers ?? "None.");
        body.Append(Heading($"{++number}. CONTACT OFFICER", 3));
        foreach (var line in paper.Contact)
        {
            body.Append(Text(line));
        }

        if (paper.Report is not null)
        {
            body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
            body.Append(Text($"{item.Number} Appendix: the report from Beacon", bold: true));
            if (paper.ReportProvenance is not null)
            {
                body.Append(Text(paper.ReportProvenance));
            }

            DocxMerge.AppendBody(document, paper.Report);
        }
    }

    // "2. PURPOSE OF REPORT" then "2.1 ...", "2.2 ..." for each paragraph the officer wrote.
    private static void Numbered(Body body, int number, string heading, string text, bool numberParagraphs = false)
    {
        body.Append(Heading($"{number}. {heading}", 3));
        var paragraphs = text.ReplaceLineEndings("\n")
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < paragraphs.Length; i++)
        {
            body.Append(Text(numberParagraphs ? $"{number}.{i + 1} {paragraphs[i]}" : paragraphs[i]));
        }
    }
}
