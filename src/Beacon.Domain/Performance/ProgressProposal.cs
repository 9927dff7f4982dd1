namespace Beacon.Domain.Performance;

/// <summary>The rating Beacon proposes, the year-end value it projected (if it did), and why, in words for the officer.</summary>
public sealed record ProgressProposal(ProgressRating Rating, decimal? ProjectedYearEnd, string Reason);
