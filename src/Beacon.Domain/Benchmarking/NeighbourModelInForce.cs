namespace Beacon.Domain.Benchmarking;

/// <summary>Which statistical neighbour model a year uses: the newest whose first year is not after it, or the oldest there is.</summary>
public static class NeighbourModelInForce
{
    /// <summary>Of the models' first years, the one in force for the year; none where no model is loaded.</summary>
    public static int? Of(IEnumerable<int> firstYears, int year)
    {
        ArgumentNullException.ThrowIfNull(firstYears);
        var years = firstYears.ToList();
        return years.Count == 0 ? null : years.Where(from => from <= year).DefaultIfEmpty(years.Min()).Max();
    }
}
