using Beacon.Data.Equality;

namespace Beacon.Application.Equality;

/// <summary>A high priority equality action as section 5.0 reports it in a quarter: the action, its assessment, and the quarter's progress.</summary>
public sealed record EqualityActionLine(EqualityAction Action, string AssessmentTitle, EqualityActionProgress? Progress);
