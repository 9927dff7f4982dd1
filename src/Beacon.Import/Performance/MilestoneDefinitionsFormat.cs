using System.Globalization;
using Beacon.Data;
using Beacon.Data.Performance;
using Beacon.Data.Statistics;
using Beacon.Import.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Import.Performance;

/// <summary>
/// The directorate's key milestones, one a row: objective reference (COPS1, CFS2...), milestone text, business
/// area and lead officer's initials; due and completion dates (yyyy-mm-dd or dd/mm/yyyy) optional. A milestone
/// is known by its objective and text, so a row for an existing one changes its area, lead and dates. Business
/// areas must exist (the indicators import creates them), and so must lead officers.
/// </summary>
public sealed class MilestoneDefinitionsFormat(IReadOnlyCollection<BusinessArea> areas, IReadOnlyCollection<LeadOfficer> leadOfficers)
    : RowFormat<MilestoneDefinitionsFormat.Definition>
{
    public const string FormatName = "milestones";

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public override string Name => FormatName;

    public override string Dataset => "milestones";

    protected override IReadOnlyList<string> RequiredColumns { get; } = ["objective", "milestone", "business_area", "lead"];

    protected override string KeyDescription => "objective and milestone";

    public static async Task<MilestoneDefinitionsFormat> CreateAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return new MilestoneDefinitionsFormat(
            await db.BusinessAreas.AsNoTracking().ToListAsync(cancellationToken),
            await db.LeadOfficers.AsNoTracking().ToListAsync(cancellationToken)
        );
    }

    /// <summary>One validated milestone.</summary>
    public sealed record Definition(string Objective, string Text, BusinessArea Area, string Lead, DateOnly? Due, DateOnly? Completed);

    protected override (object Key, string Column, string Value) KeyOf(Definition parsed) =>
        ((parsed.Objective.ToUpperInvariant(), parsed.Text), "milestone", parsed.Text);

    protected override (Definition? Parsed, ImportError? Error) Parse(long row, Func<string, string> cell)
    {
        ImportError Error(string column, string reason) => new("", row, column, cell(column), reason);

        foreach (var column in RequiredColumns)
        {
            if (cell(column).Length == 0)
            {
                return (null, Error(column, "is empty"));
            }
        }

        var area = areas.FirstOrDefault(a => string.Equals(a.Name, cell("business_area"), StringComparison.OrdinalIgnoreCase));
        if (area is null)
        {
            return (null, Error("business_area", "not a business area of the framework"));
        }

        if (!leadOfficers.Any(o => o.Initials == cell("lead")))
        {
            return (null, Error("lead", "not a lead officer"));
        }

        var dates = new DateOnly?[2];
        string[] dateColumns = ["due_date", "completed_on"];
        for (var i = 0; i < dates.Length; i++)
        {
            if (cell(dateColumns[i]).Length == 0)
            {
                continue;
            }

            if (!DateOnly.TryParseExact(cell(dateColumns[i]), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return (null, Error(dateColumns[i], "not a date (yyyy-mm-dd or dd/mm/yyyy)"));
            }

            dates[i] = date;
        }

        return (new Definition(cell("objective"), cell("milestone"), area, cell("lead"), dates[0], dates[1]), null);
    }

    public override async Task<BulkWriteCounts> WriteAsync(
        BeaconDbContext db,
        string path,
        long importRunId,
        IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = Read(path).Select(r => r.Parsed!).ToList();
        var milestones = await db.Milestones.ToListAsync(cancellationToken);
        long inserted = 0,
            updated = 0,
            unchanged = 0;
        foreach (var row in rows)
        {
            var milestone = milestones.FirstOrDefault(m =>
                string.Equals(m.ObjectiveReference, row.Objective, StringComparison.OrdinalIgnoreCase) && m.Text == row.Text
            );
            if (milestone is null)
            {
                milestone = new Milestone
                {
                    ObjectiveReference = row.Objective,
                    Text = row.Text,
                    SortOrder = milestones.Count == 0 ? 1 : milestones.Max(m => m.SortOrder) + 1,
                };
                milestones.Add(milestone);
                db.Milestones.Add(milestone);
                inserted++;
            }
            else if (
                (milestone.BusinessAreaId, milestone.LeadOfficerInitials, milestone.DueDate, milestone.CompletedOn)
                == (row.Area.Id, row.Lead, row.Due, row.Completed)
            )
            {
                unchanged++;
                continue;
            }
            else
            {
                updated++;
            }

            (milestone.BusinessAreaId, milestone.LeadOfficerInitials, milestone.DueDate, milestone.CompletedOn) = (
                row.Area.Id,
                row.Lead,
                row.Due,
                row.Completed
            );
        }

        db.AuditScope.Reason = $"Imported (import run {importRunId})";
        await db.SaveChangesAsync(cancellationToken);
        progress?.Report(new ImportProgress("Writing", rows.Count, rows.Count));
        return new BulkWriteCounts(inserted, updated, unchanged);
    }
}
