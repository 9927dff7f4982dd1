using Beacon.Domain.Lait;

namespace Beacon.Application.Lait;

/// <summary>What LAIT's loaded data set holds: indicators, dictionary lines, topics, figures and markers kept.</summary>
public sealed record LaitSummary(
    int Indicators,
    int DictionaryLines,
    int Topics,
    long Figures,
    long Markers,
    int Discontinued,
    int Authorities
)
{
    public static LaitSummary Of(LaitData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new LaitSummary(
            data.Series.Count,
            data.Measures.Count(m => m.Topic != LaitLoader.NotInDictionary),
            data.Measures.Select(m => m.Topic).Distinct(StringComparer.Ordinal).Count(),
            data.Series.Values.Sum(s => (long)s.Counts.Figures),
            data.Series.Values.Sum(s => (long)s.Counts.Markers),
            data.Measures.Where(m => m.Discontinued).Select(m => m.Key).Distinct(StringComparer.Ordinal).Count(),
            data.Authorities.Count
        );
    }
}
