namespace Beacon.Domain.Committees;

/// <summary>Which of Beacon's own reports an agenda item's paper is built from; Written for an officer's report alone.</summary>
public enum PaperSource
{
    Written,
    PerformanceReport,
    TermlyCategorisation,
    OfstedOutcomes,
    AchievementSummary,
    FosteringQuarter,
    InstrumentOfGovernment,
    SavingsProgramme,
    LocalProfile,
    EqualityImpactAssessment,
    SavingsDelivery,
}
