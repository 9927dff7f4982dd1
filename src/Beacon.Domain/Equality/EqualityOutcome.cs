namespace Beacon.Domain.Equality;

/// <summary>The four outcomes the seed's assessment form allows (000, item 5.1, Appendix 2: "Addressing the impact").</summary>
public enum EqualityOutcome
{
    NoMajorChange = 1,
    AdjustOrChange = 2,
    ContinueDespiteAdverseImpact = 3,
    StopAndRemove = 4,
}
