namespace Beacon.Domain.Benchmarking;

/// <summary>An authority's place among all with a value: its rank (1 = best), how many were ranked, and its quartile band.</summary>
public sealed record RankPlace(int Rank, int Of, char Band);

/// <summary>
/// Ranks the authorities with a value for one indicator and year. Rank 1 is the best, honouring polarity (the
/// lowest first for a neutral indicator). Ties share the better rank and the next rank is skipped (1, 2, 2, 4).
/// Authorities without a value (suppressed or missing) are not ranked and do not count in "of". Quartile bands
/// run A (best quarter) to D: band = ceiling(4 × rank ÷ ranked).
/// </summary>
public static class Ranking
{
    public static Dictionary<TKey, RankPlace> Rank<TKey>(IReadOnlyDictionary<TKey, decimal> values, Polarity polarity)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(values);
        var ordered =
            polarity == Polarity.HigherIsBetter ? values.OrderByDescending(v => v.Value).ToList() : values.OrderBy(v => v.Value).ToList();
        var places = new Dictionary<TKey, RankPlace>(ordered.Count);
        var n = ordered.Count;
        for (var i = 0; i < n; i++)
        {
            var rank = i > 0 && ordered[i].Value == ordered[i - 1].Value ? places[ordered[i - 1].Key].Rank : i + 1;
            places[ordered[i].Key] = new RankPlace(rank, n, Band(rank, n));
        }

        return places;
    }

    public static char Band(int rank, int of) => (char)('A' + Math.Clamp((int)Math.Ceiling(4m * rank / of), 1, 4) - 1);
}
