namespace Beacon.Domain.Performance;

/// <summary>What a progress rating or commentary is about.</summary>
public enum JudgementSubject
{
    Indicator,
    Milestone,
}
