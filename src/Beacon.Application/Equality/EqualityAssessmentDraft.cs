using Beacon.Domain.Equality;

namespace Beacon.Application.Equality;

/// <summary>An assessment as typed on its form, checked by <see cref="EqualityAssessments.SaveAsync"/>.</summary>
public sealed record EqualityAssessmentDraft(
    string? Reference,
    string? Title,
    EqualitySubject? Subject,
    string? Department,
    string? Division,
    string? Section,
    string? Owner,
    string? FunctionOrService,
    string? InformationAvailable,
    string? InformationGaps,
    string? ImpactSummary,
    EqualityOutcome? Outcome,
    string? OutcomeJustification,
    DateOnly? AssessedOn,
    IReadOnlyList<EqualityImpactDraft> Impacts
);

/// <summary>One protected characteristic on the form: ticked as relevant, and the impact found.</summary>
public sealed record EqualityImpactDraft(ProtectedCharacteristic Characteristic, bool Relevant, string? Impact);

/// <summary>A new action on the form, checked by <see cref="EqualityAssessments.AddActionAsync"/>.</summary>
public sealed record EqualityActionDraft(string? Action, string? ResponsibleOfficer, string? ByWhen, string? Evaluation, bool HighPriority);
