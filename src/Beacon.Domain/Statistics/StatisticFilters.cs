namespace Beacon.Domain.Statistics;

/// <summary>A figure's filters as Beacon stores them: <c>name=value</c> joined by <c>|</c>, in the file's column order.</summary>
public static class StatisticFilters
{
    /// <summary>Each filter's column name and value, the value trimmed; a part without "=" is not a filter.</summary>
    public static IEnumerable<(string Name, string Value)> Parse(string filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        return filters
            .Split('|', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .Select(pair => (pair[0], pair[1].Trim()));
    }
}
