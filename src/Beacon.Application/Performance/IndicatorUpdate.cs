using Beacon.Domain.Performance;

namespace Beacon.Application.Performance;

/// <summary>
/// What the responsible officer submits for an indicator's quarter in one form: the value as typed, a rating (none until
/// they choose one), the reason for departing from Beacon's proposal, and commentary. Any part may be left empty.
/// </summary>
public sealed record IndicatorUpdate(string? Value, ProgressRating? Rating, string? Reason, string? Commentary);
