using Beacon.Data.Risks;

namespace Beacon.Application.Risks;

/// <summary>A risk as the register shows it: its residual score now, whether it is high, and whether its required review is overdue.</summary>
public sealed record RiskLine(DirectorateRisk Risk, int Score, bool IsHigh, bool ReviewOverdue, RiskReview? LastReview);
