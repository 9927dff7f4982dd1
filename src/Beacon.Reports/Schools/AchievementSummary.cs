using Beacon.Domain.Achievement;

namespace Beacon.Reports.Schools;

/// <summary>
/// A measure for a pupil group: the authority's figure, its region's, its statistical neighbours' average (of those
/// with a figure), England's, and the change on last year where comparable.
/// </summary>
public sealed record AchievementRow(
    AchievementMeasure Measure,
    string Group,
    decimal? Value,
    string? Symbol,
    decimal? England,
    decimal? Change,
    decimal? Region = null,
    decimal? Neighbours = null,
    FigureNotes? Notes = null
);

/// <summary>
/// What a reader must know of a row's figures: the authority's or England's is provisional, England's is last
/// year's because this year's is not yet published, or the authority's was recorded by an officer from a source.
/// </summary>
public sealed record FigureNotes(bool Provisional, bool EnglandProvisional, int? EnglandYear, string? Source)
{
    /// <summary>The notes in words, for the table's last column; empty where there is nothing to say.</summary>
    public string Text =>
        string.Join(
            " ",
            new[]
            {
                Provisional ? "Provisional." : null,
                EnglandYear is { } y ? $"England: {AchievementFormat.Year(y)} figure." : null,
                EnglandProvisional ? "England's is provisional." : null,
                Source is not null ? "Recorded by an officer." : null,
            }.OfType<string>()
        );
}

/// <summary>A gap for a measure: this year, last year, how it moved, and England's this year.</summary>
public sealed record AchievementGap(
    AchievementMeasure Measure,
    string Kind,
    decimal? Gap,
    decimal? LastYear,
    GapTrend? Trend,
    decimal? England,
    string? Source = null
);

/// <summary>A school below its key stage's floor standard.</summary>
public sealed record SchoolBelowFloor(int Urn, string Name, string KeyStage);

/// <summary>
/// The pupil achievement summary for an authority and a year (seed 000, item 7.3): each measure against England
/// with the change on last year, the gender and disadvantage gaps and their trend where the data has those
/// groups, the spread between the authority's schools, and its schools below the floor standards.
/// </summary>
public sealed record AchievementSummary(
    string AreaName,
    string RegionName,
    int Year,
    IReadOnlyList<AchievementRow> Rows,
    IReadOnlyList<AchievementGap> Gaps,
    IReadOnlyList<(AchievementMeasure Measure, Spread Spread)> Spreads,
    IReadOnlyList<SchoolBelowFloor> BelowFloor,
    IReadOnlyList<FloorStandard> Floors,
    int FloorUndecided
)
{
    /// <summary>Each source officers recorded figures from, once, with the measures it gave.</summary>
    public IReadOnlyList<(string Source, IReadOnlyList<string> Measures)> RecordedSources =>
        Rows.Where(r => r.Notes?.Source is not null)
            .Select(r => (Source: r.Notes!.Source!, r.Measure.Name))
            .Concat(Gaps.Where(g => g.Source is not null).Select(g => (Source: g.Source!, Name: $"{g.Measure.Name} ({g.Kind})")))
            .GroupBy(x => x.Source)
            .Select(g => (g.Key, (IReadOnlyList<string>)g.Select(x => x.Item2).Distinct().ToList()))
            .ToList();

    /// <summary>True where any of the authority's figures is provisional: the summary is then titled so.</summary>
    public bool IsProvisional => Rows.Any(r => r.Notes?.Provisional == true);
}
