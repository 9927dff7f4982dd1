using System.Text.RegularExpressions;
using Beacon.Domain.Documents;
using Beacon.Reports.Docx;
using static Beacon.Reports.Docx.DocxParts;

namespace Beacon.Reports.Protocol;

/// <summary>What a letter to a school's headteacher says, filled into the authority's template.</summary>
public sealed record LetterFields(
    string Authority,
    string School,
    int Urn,
    string Term,
    DateOnly MeetingDate,
    string Rating,
    string Concerns,
    string SupportPlan,
    string Signatory = ""
);

/// <summary>
/// A letter ready to send: the date it is sent, the addressee's lines (the headteacher at the school's address), and
/// the filled template.
/// </summary>
public sealed record SchoolLetter(DateOnly Dated, IReadOnlyList<string> Addressee, string Body, string School);

/// <summary>
/// The letter to the headteacher of a Red or Amber school (issue 5): the authority's template, with
/// <c>{school}</c>, <c>{urn}</c>, <c>{term}</c>, <c>{meeting date}</c>, <c>{rating}</c>, <c>{concerns}</c>,
/// <c>{support plan}</c>, <c>{signatory}</c> and <c>{authority}</c> filled in. A placeholder Beacon does not know is left as written,
/// so a typing slip shows in the letter rather than vanishing.
/// </summary>
public static partial class RatingLetter
{
    public const string DefaultTemplate = """
        Dear Headteacher

        {school} (URN {urn}): Support and Challenge Protocol, {term}

        At the School Review Meeting on {meeting date} the local authority reviewed every school under its School Support and Challenge Protocol. {school} was rated {rating}.

        The concerns that led to this rating are:
        {concerns}

        The support the local authority has agreed with the school is:
        {support plan}

        This rating is confidential to the school, its governing body and the local authority. Please contact the Senior School Improvement Officer if you would like to discuss it.

        Yours sincerely

        {signatory}
        {authority}
        """;

    public static string Fill(string template, LetterFields fields)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(fields);
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["school"] = fields.School,
            ["urn"] = fields.Urn.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["term"] = fields.Term,
            ["meeting date"] = Date(fields.MeetingDate),
            ["rating"] = fields.Rating,
            ["concerns"] = fields.Concerns,
            ["support plan"] = fields.SupportPlan,
            ["authority"] = fields.Authority,
            ["signatory"] = fields.Signatory,
        };
        return Placeholder().Replace(template, m => values.TryGetValue(m.Groups[1].Value.Trim(), out var value) ? value : m.Value);
    }

    /// <summary>The letter as a Word document: its date, the addressee's lines, then a paragraph to each line of the body.</summary>
    public static void WriteDocx(SchoolLetter letter, string authority, Stream output)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var frame = new DocumentFrame(
            authority,
            $"Support and Challenge rating letter, {letter.School}",
            letter.Dated,
            ProtectiveMarkings.For(confidentialRating: true)
        );
        using var document = DocxParts.Create(output, frame, out var body);
        body.Append(Text(Date(letter.Dated)));
        body.Append(Text(""));
        foreach (var line in letter.Addressee)
        {
            body.Append(Text(line));
        }

        body.Append(Text(""));
        foreach (var line in letter.Body.ReplaceLineEndings("\n").Split('\n'))
        {
            body.Append(Text(line));
        }
    }

    [GeneratedRegex(@"\{([a-z ]+)\}", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();
}
