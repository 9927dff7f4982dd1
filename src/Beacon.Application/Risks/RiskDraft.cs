namespace Beacon.Application.Risks;

/// <summary>A new risk as typed on the register's form, checked by <see cref="RiskRegister.AddAsync"/>.</summary>
public sealed record RiskDraft(
    string? Reference,
    string? ObjectiveReference,
    string? Title,
    string? OwnerInitials,
    string? Cause,
    string? Event,
    string? Effect,
    string? Controls,
    int InherentLikelihood,
    int InherentImpact,
    int ResidualLikelihood,
    int ResidualImpact,
    int TargetLikelihood,
    int TargetImpact,
    DateOnly? ReviewOn
);
