using Beacon.Domain.Equality;

namespace Beacon.Reports.Equality;

/// <summary>
/// An equality impact assessment as its form prints it (000, item 5.1, Appendix 2). It is also what a published
/// version keeps, so the Word document of a version is the version.
/// </summary>
public sealed record EqualityImpactAssessmentReport(
    string Reference,
    string Title,
    EqualitySubject Subject,
    string Department,
    string Division,
    string Section,
    string Owner,
    string FunctionOrService,
    string InformationAvailable,
    string InformationGaps,
    IReadOnlyList<EqualityImpactLine> Impacts,
    string ImpactSummary,
    EqualityOutcome Outcome,
    string OutcomeJustification,
    IReadOnlyList<EqualityActionPlanLine> Actions,
    DateOnly AssessedOn,
    DateOnly? SentForPublishingOn,
    DateOnly? PublishedOn,
    DateOnly? ReviewedOn,
    int Version
);

/// <summary>One protected characteristic: whether it is relevant to what is assessed, and the impact found.</summary>
public sealed record EqualityImpactLine(ProtectedCharacteristic Characteristic, bool Relevant, string? Impact);

/// <summary>One action of the assessment's plan.</summary>
public sealed record EqualityActionPlanLine(string Action, string ResponsibleOfficer, string ByWhen, string Evaluation, bool HighPriority);
