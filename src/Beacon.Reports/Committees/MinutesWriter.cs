using System.Globalization;
using Beacon.Domain.Committees;
using Beacon.Domain.Documents;
using Beacon.Reports.Docx;
using static Beacon.Reports.Docx.DocxParts;

namespace Beacon.Reports.Committees;

/// <summary>Writes a meeting's minutes as a Word document in the seeds' form (002: "Resolved: (1) That ...").</summary>
public static class MinutesWriter
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static void Write(Minutes minutes, DateOnly date, Stream output)
    {
        ArgumentNullException.ThrowIfNull(minutes);
        var exempt = minutes.Part == PackPart.Exempt;
        var approved = minutes.ApprovedAtUtc is not null;
        var title = $"{minutes.Title}{(exempt ? ": exempt minutes" : "")}{(approved ? "" : " (draft)")}";
        using var document = DocxParts.Create(
            output,
            new DocumentFrame(minutes.Authority, title, date, ProtectiveMarkings.For(exempt: exempt)),
            out var body
        );
        body.Append(Heading($"{minutes.Committee.ToUpper(English)} MINUTES AND DECISION RECORD{(exempt ? ": EXEMPT ITEMS" : "")}", 1));
        body.Append(Text(MeetingTimes.DayAndTime(minutes.StartsAt), bold: true));
        body.Append(Text($"in the {minutes.Venue}"));
        body.Append(
            Text(
                approved
                    ? $"Approved as a correct record on {Date(DateOnly.FromDateTime(minutes.ApprovedAtUtc!.Value))}."
                    : "Draft: to be approved as a correct record at the next meeting.",
                bold: true
            )
        );
        if (!exempt)
        {
            Labelled(body, "Present", minutes.Present);
            Labelled(body, "Apologies for absence", minutes.Apologies);
            Labelled(body, "Declarations of interest", minutes.Declarations);
        }

        foreach (var minute in minutes.Items)
        {
            var withheld = !exempt && minute.ExemptParagraph is not null;
            body.Append(
                Heading(string.Create(English, $"{minute.Number}. {(withheld ? "EXEMPT ITEM" : minute.Title.ToUpper(English))}"), 2)
            );
            if (withheld)
            {
                body.Append(
                    Text(
                        $"This item contained exempt information under Schedule 12A of the Local Government Act 1972, as amended by the Local Government (Access to Information) (Variation) Order 2006: {ExemptParagraph.Describe(minute.ExemptParagraph!.Value).ToLower(English)}. Its minute is recorded in the exempt minutes."
                    )
                );
                continue;
            }

            if (minute.Text is not null)
            {
                body.Append(Text(minute.Text));
            }

            if (minute.Resolutions.Count > 0)
            {
                body.Append(Text("Resolved:", bold: true));
                foreach (var resolution in minute.Resolutions)
                {
                    body.Append(Text(string.Create(English, $"({resolution.Number}) {resolution.Text}")));
                    foreach (var action in resolution.Actions)
                    {
                        body.Append(Text($"Action: {action}"));
                    }
                }
            }
        }
    }

    private static void Labelled(DocumentFormat.OpenXml.Wordprocessing.Body body, string label, string? text)
    {
        if (text is not null)
        {
            body.Append(Text($"{label}:", bold: true));
            body.Append(Text(text));
        }
    }
}
