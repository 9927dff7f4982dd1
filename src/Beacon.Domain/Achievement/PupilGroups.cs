namespace Beacon.Domain.Achievement;

/// <summary>
/// The pupil group a DfE figure is for, read from its filter columns, and which groups make the gender and
/// disadvantage gaps. DfE's files spread one group over several columns (a topic, its breakdown, a school type, a
/// sex column), most of them "Total" on any one row: a group is named by what is left once totals, the topic
/// columns that only say which breakdown follows, and the publication version are set aside (decision 019).
/// </summary>
public static class PupilGroups
{
    /// <summary>The group of a figure whose filters are all totals, or that has none.</summary>
    public const string AllPupils = "All pupils";

    private static readonly HashSet<string> Totals = new(StringComparer.OrdinalIgnoreCase)
    {
        "Total",
        "All",
        AllPupils,
        "All state funded",
        "All state-funded",
        "State-funded schools",
        "All state-funded schools",
    };

    private static readonly HashSet<string> Girls = new(StringComparer.OrdinalIgnoreCase) { "Girls", "Female" };

    private static readonly HashSet<string> Boys = new(StringComparer.OrdinalIgnoreCase) { "Boys", "Male" };

    /// <summary>
    /// The group a figure is for, from its filters as stored (<c>name=value</c> joined by <c>|</c>), leaving out the
    /// columns named (those that choose a measure's rows rather than a group).
    /// </summary>
    public static string Of(string filters, IEnumerable<string>? alsoSetAside = null)
    {
        var chosen = alsoSetAside?.ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        var values = Statistics
            .StatisticFilters.Parse(filters)
            .Where(f => !IsSetAside(f.Name) && !chosen.Contains(f.Name) && !Totals.Contains(f.Value))
            .Select(f => f.Value)
            .ToList();
        return values.Count == 0 ? AllPupils : string.Join(", ", values);
    }

    /// <summary>The groups whose difference is the gender gap (girls less boys), where both are among the groups.</summary>
    public static (string Girls, string Boys)? GenderPair(IReadOnlyCollection<string> groups) =>
        Pair(groups, Girls.Contains, Boys.Contains);

    /// <summary>
    /// The groups whose difference is the disadvantage gap (others less the disadvantaged): "Disadvantaged" and
    /// "Not disadvantaged" or "Disadvantaged all other"; failing those, free school meals ("FSM eligible" and
    /// "All other" in the early years profile, "FSM" and "Non-FSM", ...). DfE's disadvantaged measure comes first
    /// where a file has both, and one side of a pair is never of the other's vocabulary.
    /// </summary>
    public static (string Others, string Disadvantaged)? DisadvantagePair(IReadOnlyCollection<string> groups) =>
        Pair(groups, g => IsDisadvantage(g) && IsOthers(g), g => IsDisadvantage(g) && !IsOthers(g))
        ?? Pair(
            groups,
            g => (IsFreeSchoolMeals(g) && IsOthers(g)) || g.Equals("All other", StringComparison.OrdinalIgnoreCase),
            g => IsFreeSchoolMeals(g) && !IsOthers(g)
        );

    // Two groups alike but for one part, that part one side's in the first and the other's in the second; the pair
    // with the fewest other parts, so "Girls" and "Boys" rather than "Disadvantaged, Girls" and "Disadvantaged, Boys".
    private static (string, string)? Pair(IReadOnlyCollection<string> groups, Func<string, bool> isFirst, Func<string, bool> isSecond)
    {
        ArgumentNullException.ThrowIfNull(groups);
        IEnumerable<(string Remainder, int Others, string Group)> Sides(Func<string, bool> isSide) =>
            groups.SelectMany(g =>
            {
                var parts = g.Split(", ");
                return parts
                    .Select((part, i) => (part, i))
                    .Where(p => isSide(p.part))
                    .Select(p => (string.Join(", ", parts.Where((_, j) => j != p.i)), parts.Length - 1, g));
            });
        var second = Sides(isSecond).GroupBy(s => s.Remainder).ToDictionary(s => s.Key, s => s.First().Group);
        return Sides(isFirst)
            .Where(f => second.ContainsKey(f.Remainder))
            .OrderBy(f => f.Others)
            .ThenBy(f => f.Remainder, StringComparer.Ordinal)
            .Select(f => ((string, string)?)(f.Group, second[f.Remainder]))
            .FirstOrDefault();
    }

    // A topic column only names the breakdown in the next column ("Disadvantage" before "Disadvantaged").
    private static bool IsSetAside(string name) =>
        name == "version"
        || name.EndsWith("topic", StringComparison.OrdinalIgnoreCase)
        || name.Equals("characteristic_type", StringComparison.OrdinalIgnoreCase);

    private static bool IsDisadvantage(string group) => group.Contains("disadvantaged", StringComparison.OrdinalIgnoreCase);

    private static bool IsFreeSchoolMeals(string group) =>
        group.Contains("FSM", StringComparison.OrdinalIgnoreCase)
        || group.Contains("free school meals", StringComparison.OrdinalIgnoreCase);

    private static bool IsOthers(string group) =>
        group.StartsWith("not ", StringComparison.OrdinalIgnoreCase)
        || group.StartsWith("non", StringComparison.OrdinalIgnoreCase)
        || group.Contains("all other", StringComparison.OrdinalIgnoreCase);
}
