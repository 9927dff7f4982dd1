using Beacon.Domain.Benchmarking;
using Beacon.Domain.Documents;
using Beacon.Reports.Docx;
using static Beacon.Reports.Docx.DocxParts;

namespace Beacon.Reports.Benchmarking;

/// <summary>An authority's local profile for a committee, as a Word document: the table, then the early warnings with their figures.</summary>
public static class LocalProfileDocx
{
    private static readonly int[] Columns = [0, 3, 4, 6, 7, 8, 10, 11];

    // Short headings: the table is narrow on a page; the text above says what each means.
    private static readonly string[] Headings = ["Indicator", "Value", "Neighbours", "Region", "England", "Rank", "Band", "Change"];

    public static void Write(
        string authorityName,
        string yearLabel,
        IReadOnlyList<string> neighbours,
        IReadOnlyList<ProfileLine> lines,
        DateOnly date,
        Stream output
    )
    {
        ArgumentNullException.ThrowIfNull(lines);
        var frame = new DocumentFrame(authorityName, $"Local profile, {yearLabel}", date, ProtectiveMarking.Official);
        using var document = DocxParts.Create(output, frame, out var body);
        body.Append(Heading($"Local profile: {authorityName}, {yearLabel}", 1));
        body.Append(
            Text(
                $"Each indicator against the authority's statistical neighbours ({string.Join(", ", neighbours)}), its region and England. "
                    + "Neighbours is their average, of those with a figure. Rank 1 is the best of all authorities with a figure; bands A (best quarter) to D. "
                    + "Change is on the year before. Suppressed figures keep DfE's symbol and are not ranked. "
                    + ProfileTable.Grouping(lines)
            )
        );
        body.Append(
            Table(
                Headings,
                lines.Select(l =>
                {
                    var row = ProfileTable.Row(l);
                    return Columns.Select(c => Cell(c == 8 && l.Place is { } p ? $"{p.Rank} of {p.Of}" : row[c], right: c > 0)).ToArray();
                })
            )
        );
        var warned = lines.Where(l => l.Warnings.Count > 0).ToList();
        body.Append(Heading("Early warnings", 2));
        if (warned.Count == 0)
        {
            body.Append(Text("None: no indicator is in the worst quartile, has fallen two quartiles, or stands out from the neighbours."));
        }

        foreach (var line in warned)
        {
            body.Append(
                Text(
                    $"{line.Indicator.Name}: {string.Join("; ", line.Warnings.Select(w => $"{w.Kind.ToLowerInvariant()} ({w.Evidence})"))}."
                )
            );
        }
    }
}
