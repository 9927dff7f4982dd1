using Beacon.Data.Savings;
using Beacon.Domain.Savings;

namespace Beacon.Application.Savings;

/// <summary>A programme's schedule as the seed's Appendix 1 prints it: its cost centres in order, each with its options, and the totals at its foot.</summary>
public sealed record SavingsSchedule(
    SavingsProgramme Programme,
    IReadOnlyList<SavingsCostCentre> CostCentres,
    IReadOnlyList<SavingRating> Ratings,
    SavingsTotals Totals
);
