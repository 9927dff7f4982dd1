using Beacon.Data;
using Beacon.Data.Schools;
using Beacon.Domain;
using Beacon.Domain.Schools;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Schools;

/// <summary>Records a monitoring visit or an inspection a school improvement officer enters from Ofsted's letter; audited.</summary>
public sealed class InspectionRecorder(BeaconDbContext db, TimeProvider clock)
{
    /// <summary>The problems the entry has as it stands, before anything is written.</summary>
    public IReadOnlyList<Problem> Problems(InspectionEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Problems(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>The new inspection's id; a problem (coded by its field) where the entry is refused or the school has one already.</summary>
    public async Task<Result<long>> RecordAsync(School school, InspectionEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(school);
        if (Problems(entry) is [var first, ..])
        {
            return first;
        }

        var start = entry.StartDate!.Value;
        if (await db.Inspections.AnyAsync(i => i.Urn == school.Urn && i.StartDate == start && i.Type == entry.Type, cancellationToken))
        {
            return Result.Failure(nameof(InspectionEntry.StartDate), $"{school.Name} already has a {entry.Describe()} on that date");
        }

        var graded = entry.Type == InspectionTypes.Graded;
        var inspection = new Inspection
        {
            Urn = school.Urn,
            StartDate = start,
            PublicationDate = entry.PublicationDate,
            Type = entry.Type!,
            Scale = InspectionTypes.FourPoint,
            OverallEffectiveness = graded ? entry.Grade : null,
            CategoryOfConcern = graded && InspectionEntry.Categories.Contains(entry.Category) ? entry.Category : null,
            Outcome = entry.Type switch
            {
                InspectionTypes.Monitoring => entry.MonitoringOutcome,
                InspectionTypes.Ungraded => entry.UngradedOutcome!.Trim(),
                _ => null,
            },
        };
        db.Inspections.Add(inspection);
        db.AuditScope.Reason =
            entry.Type == InspectionTypes.Monitoring ? "Recorded from Ofsted's monitoring letter" : "Recorded from the inspection report";
        await db.SaveChangesAsync(cancellationToken);
        return inspection.Id;
    }
}
