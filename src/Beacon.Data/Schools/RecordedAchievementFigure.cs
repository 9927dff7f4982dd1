using Beacon.Data.Audit;

namespace Beacon.Data.Schools;

/// <summary>
/// A published achievement figure that no file Beacon reads gives (a provisional national figure from DfE's early
/// release, a school's A level grades, a gap stated in a committee paper), recorded by an officer with its source.
/// One per measure, year, place, pupil group and kind; recording it again replaces it, and both are audited.
/// </summary>
[Audited("RecordedAchievementFigure")]
public class RecordedAchievementFigure
{
    public int Id { get; set; }

    public string MeasureCode { get; set; } = "";

    /// <summary>The academic year by its first calendar year: 2012 is 2012/13.</summary>
    public int Year { get; set; }

    /// <summary>The authority's new (ONS) code, or England's.</summary>
    public string GeographyCode { get; set; } = "";

    /// <summary>A figure, or a gap between two groups (<see cref="Domain.Achievement.RecordedFigureKind"/>).</summary>
    public string Kind { get; set; } = "";

    /// <summary>The pupils the figure is of; "All pupils" for a gap.</summary>
    public string PupilGroup { get; set; } = "";

    public decimal Value { get; set; }

    public bool IsProvisional { get; set; }

    /// <summary>Where the figure was published, in the officer's words.</summary>
    public string Source { get; set; } = "";

    public string RecordedBy { get; set; } = "";

    public DateTime RecordedAtUtc { get; set; }
}
