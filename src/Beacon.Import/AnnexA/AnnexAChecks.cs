namespace Beacon.Import.AnnexA;

/// <summary>
/// Checks across a list's rows and between lists, for an officer to look at (they do not refuse a row): dates out
/// of order, a date of birth after the list's own dates or ages beyond 25, the same child twice with the same
/// start date, and a child on a child protection plan with no children in need record.
/// </summary>
public static class AnnexAChecks
{
    public const int OldestAge = 25;

    public static IEnumerable<AnnexAProblem> Check(IReadOnlyList<AnnexARow> rows, AnnexAMap map)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(map);
        var lists = map.Lists.ToDictionary(l => l.Number);
        foreach (var row in rows)
        {
            var list = lists[row.List];
            if (
                list.InOrder.Count == 2
                && Date(row, list.InOrder[0]) is { } first
                && Date(row, list.InOrder[1]) is { } second
                && second < first
            )
            {
                yield return new(row.List, row.Row, list.InOrder[1], Text(second), $"is before {list.InOrder[0]} ({Text(first)})", false);
            }

            if (Date(row, "Date of Birth") is { } born)
            {
                var start = list.Columns.FirstOrDefault(c => c.Kind == "Date" && c.Required) is { } key ? Date(row, key.Name) : null;
                if (start is { } s && s < born)
                {
                    yield return new(
                        row.List,
                        row.Row,
                        "Date of Birth",
                        Text(born),
                        $"is after {list.Columns.First(c => c.Kind == "Date" && c.Required).Name} ({Text(s)})",
                        false
                    );
                }
                else if (start is { } t && born.AddYears(OldestAge + 1) <= t)
                {
                    yield return new(
                        row.List,
                        row.Row,
                        "Date of Birth",
                        Text(born),
                        $"makes the child older than {OldestAge} at {Text(t)}",
                        false
                    );
                }
            }
        }

        foreach (
            var duplicate in rows.GroupBy(r => (r.List, r.ChildId, Key: KeyDate(r, lists[r.List])))
                .Where(g => g.Count() > 1)
                .SelectMany(g => g.Skip(1))
        )
        {
            yield return new(
                duplicate.List,
                duplicate.Row,
                "Child Unique ID",
                duplicate.ChildId,
                "the same child with the same start date as an earlier row",
                false
            );
        }

        var inNeed = rows.Where(r => r.List == 6).Select(r => r.ChildId).ToHashSet();
        foreach (var plan in rows.Where(r => r.List == 7 && !inNeed.Contains(r.ChildId)))
        {
            yield return new(
                7,
                plan.Row,
                "Child Unique ID",
                plan.ChildId,
                "on a child protection plan but not in the children in need list (List 6)",
                false
            );
        }
    }

    private static string? KeyDate(AnnexARow row, AnnexAList list) =>
        list.Columns.FirstOrDefault(c => c.Kind == "Date" && c.Required) is { } key ? row.Values.GetValueOrDefault(key.Name) : null;

    private static DateOnly? Date(AnnexARow row, string column) =>
        row.Values.TryGetValue(column, out var text) && DateOnly.TryParseExact(text, "yyyy-MM-dd", out var date) ? date : null;

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
