namespace Beacon.Domain.Performance;

/// <summary>What an indicator's values are measured in.</summary>
public enum IndicatorUnit
{
    Percentage,
    Number,
    Rate,
    Money,
    Days,

    /// <summary>1 for yes, 0 for no.</summary>
    YesNo,
}
