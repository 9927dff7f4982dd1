namespace Beacon.Domain.Achievement;

/// <summary>What an officer's recorded achievement figure is: a figure for a group of pupils, or a gap a paper states.</summary>
public enum RecordedFigureKind
{
    Figure,
    GenderGap,
    DisadvantageGap,
}
