namespace Beacon.Application.Protocol;

/// <summary>One section of a school's summary SEF as the headteacher or an officer writes it.</summary>
public sealed record SummarySefEntry(
    string Section,
    int? Judgement,
    string? Strengths,
    string? AreasForImprovement,
    string? WhyNotNextGradeUp
);
