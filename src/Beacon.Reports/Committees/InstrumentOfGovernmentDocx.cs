using Beacon.Domain.Documents;
using Beacon.Domain.Governance;
using Beacon.Reports.Docx;
using static Beacon.Reports.Docx.DocxParts;

namespace Beacon.Reports.Committees;

/// <summary>A governing body's instrument of government for the committee's approval, in the form of seed 003's Appendix 1.</summary>
public static class InstrumentOfGovernmentDocx
{
    public static void Write(InstrumentOfGovernment instrument, string authority, string madeBy, DateOnly date, Stream output)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        var frame = new DocumentFrame(authority, $"Instrument of government: {instrument.School}", date, ProtectiveMarking.Official);
        using var document = DocxParts.Create(output, frame, out var body);
        body.Append(Heading($"INSTRUMENT OF GOVERNMENT {instrument.School.ToUpperInvariant()}", 1));
        body.Append(Text($"1. The name of the school is: {instrument.School}"));
        body.Append(Text($"2. The school is a {instrument.Category.Name()}."));
        body.Append(Text($"3. The name of the governing body is \"The governing body of {instrument.School}\"."));
        body.Append(Text("4. The governing body shall consist of:"));
        var letter = 'a';
        foreach (var (category, count) in instrument.Counts.Where(c => c.Value > 0).OrderBy(c => c.Key))
        {
            body.Append(Text($"    {letter++}. {count} {category.Name(count)}"));
        }

        body.Append(Text($"Parent Governors shall be appointed for a period of {instrument.ParentTermYears} years."));
        body.Append(Text($"5. Total number of governors {instrument.Total}."));
        body.Append(Text($"6. This instrument of government comes into effect on {Date(instrument.TakesEffect)}."));
        body.Append(Text($"7. This instrument was made by order of {madeBy.ToUpperInvariant()} on {Date(instrument.TakesEffect)}."));
        body.Append(
            Text(
                "8. A copy of the instrument must be supplied to every member of the governing body (and the Headteacher if not a governor)."
            )
        );
    }
}
