using System.Globalization;
using CsvHelper;

namespace Beacon.Import.Geography;

/// <summary>An authority that merged, split, was replaced or recoded: from which old code to which, and when.</summary>
public sealed record AuthorityChange(int Year, string Kind, string From, string To, string Note);

/// <summary>
/// Local government reorganisations since 2012, kept as data (authority-changes.csv) so that a profile can say
/// where an authority's series begins or ends. A recoded authority keeps its old three-digit code, so its
/// figures join up on their own; merged and split authorities are not comparable across the change and are
/// never joined, only named.
/// </summary>
public static class AuthorityChanges
{
    public static IReadOnlyList<AuthorityChange> Shipped { get; } = Load();

    /// <summary>Whether the authority no longer existed in the year: merged, split or replaced by then (a recoding does not end one).</summary>
    public static bool IsAbolished(string oldCode, int year) =>
        Shipped.Any(c => c.From == oldCode && c.Kind != "recoded" && c.Year <= year);

    /// <summary>The changes an authority was part of, as predecessor or successor.</summary>
    public static IEnumerable<AuthorityChange> Of(string oldCode) => Shipped.Where(c => c.From == oldCode || c.To == oldCode);

    private static List<AuthorityChange> Load()
    {
        using var stream = typeof(AuthorityChanges).Assembly.GetManifestResourceStream("authority-changes.csv")!;
        using var csv = new CsvReader(new StreamReader(stream), CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var changes = new List<AuthorityChange>();
        while (csv.Read())
        {
            changes.Add(
                new AuthorityChange(
                    csv.GetField<int>("year"),
                    csv.GetField("kind")!,
                    csv.GetField("from")!,
                    csv.GetField("to")!,
                    csv.GetField("note")!
                )
            );
        }

        return changes;
    }
}
