using Beacon.Data.Organisations;
using Beacon.Data.SectorLed;
using Beacon.Domain.Periods;
using Beacon.Domain.SectorLed;

namespace Beacon.Application.SectorLed;

/// <summary>One authority's return to a region's call for a quarter of the core dataset, or its absence.</summary>
public sealed record CoreDatasetReturn(
    CoreDatasetCollection Call,
    CoreDataset Dataset,
    Organisation Authority,
    CoreDatasetSubmission? Submission
)
{
    public FinancialQuarter Quarter => new(Call.Year, Call.Quarter);

    /// <summary>First made after the day it was due.</summary>
    public bool Late => Submission is { } made && SubmissionDeadline.IsLate(Call.DeadlineOn, made.FirstSubmittedAtUtc);

    /// <summary>Not made, and the day it was due has passed.</summary>
    public bool Overdue(DateTime nowUtc) => Submission is null && SubmissionDeadline.IsLate(Call.DeadlineOn, nowUtc);
}
