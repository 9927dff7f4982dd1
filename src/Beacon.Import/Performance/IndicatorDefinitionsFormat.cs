using Beacon.Data;
using Beacon.Data.Performance;
using Beacon.Data.Statistics;
using Beacon.Domain;
using Beacon.Domain.Performance;
using Beacon.Import.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Import.Performance;

/// <summary>
/// The directorate's key performance indicators, one a row: reference, title, business area, lead officer's
/// initials, unit and polarity; objective, accumulation, data source, statutory, "same within" tolerance and
/// the lead officer's name and title optional. A row for an existing reference changes that indicator; an
/// unknown business area is created; an unknown lead officer is created where the row gives a name.
/// </summary>
public sealed class IndicatorDefinitionsFormat(IReadOnlyCollection<LeadOfficer> leadOfficers)
    : RowFormat<IndicatorDefinitionsFormat.Definition>
{
    public const string FormatName = "indicators";

    // Lead officers the file itself names, so that only their first row need give the name.
    private readonly HashSet<string> _namedInFile = new(StringComparer.Ordinal);

    public override string Name => FormatName;

    public override string Dataset => "indicators";

    protected override IReadOnlyList<string> RequiredColumns { get; } = ["reference", "title", "business_area", "lead", "unit", "polarity"];

    protected override string KeyDescription => "reference";

    public static async Task<IndicatorDefinitionsFormat> CreateAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return new IndicatorDefinitionsFormat(await db.LeadOfficers.AsNoTracking().ToListAsync(cancellationToken));
    }

    /// <summary>One validated indicator definition.</summary>
    public sealed record Definition(
        string Reference,
        string Title,
        string BusinessArea,
        string? Objective,
        string Lead,
        string? LeadName,
        string? LeadTitle,
        IndicatorUnit Unit,
        Polarity Polarity,
        Accumulation Accumulation,
        string? DataSource,
        bool IsStatutory,
        decimal SameWithin
    );

    protected override (object Key, string Column, string Value) KeyOf(Definition parsed) =>
        (parsed.Reference.ToUpperInvariant(), "reference", parsed.Reference);

    protected override (Definition? Parsed, ImportError? Error) Parse(long row, Func<string, string> cell)
    {
        ImportError Error(string column, string reason) => new("", row, column, cell(column), reason);
        string? Optional(string column) => cell(column).Length == 0 ? null : cell(column);

        foreach (var column in new[] { "reference", "title", "business_area", "lead" })
        {
            if (cell(column).Length == 0)
            {
                return (null, Error(column, "is empty"));
            }
        }

        var lead = cell("lead");
        if (Optional("lead_name") is not null)
        {
            _namedInFile.Add(lead);
        }
        else if (!leadOfficers.Any(o => o.Initials == lead) && !_namedInFile.Contains(lead))
        {
            return (null, Error("lead", "not a lead officer: give lead_name (and lead_title) on this or an earlier row to add them"));
        }

        if (!TryEnum(cell("unit"), out IndicatorUnit unit))
        {
            return (null, Error("unit", $"not one of {string.Join(", ", Enum.GetNames<IndicatorUnit>())}"));
        }

        if (!PolarityNames.TryParse(cell("polarity"), out var polarity))
        {
            return (null, Error("polarity", "not " + PolarityNames.Accepted));
        }

        var accumulation = Accumulation.Snapshot;
        if (Optional("accumulation") is { } accumulationText && !TryEnum(accumulationText, out accumulation))
        {
            return (null, Error("accumulation", "not Snapshot or Cumulative"));
        }

        var statutory = Optional("statutory")?.ToUpperInvariant();
        if (statutory is not (null or "YES" or "NO" or "STATUTORY" or "LOCAL"))
        {
            return (null, Error("statutory", "not yes or no"));
        }

        var sameWithin = 0m;
        if (Optional("same_within") is { } tolerance)
        {
            if (!decimal.TryParse(tolerance, System.Globalization.CultureInfo.InvariantCulture, out sameWithin) || sameWithin < 0)
            {
                return (null, Error("same_within", "not a number of zero or more"));
            }
        }

        return (
            new Definition(
                cell("reference"),
                cell("title"),
                cell("business_area"),
                Optional("objective"),
                lead,
                Optional("lead_name"),
                Optional("lead_title"),
                unit,
                polarity,
                accumulation,
                Optional("data_source"),
                statutory is "YES" or "STATUTORY",
                sameWithin
            ),
            null
        );
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
        var areas = await db.BusinessAreas.ToListAsync(cancellationToken);
        var officers = await db.LeadOfficers.ToListAsync(cancellationToken);
        var indicators = await db.Indicators.ToListAsync(cancellationToken);
        long inserted = 0,
            updated = 0,
            unchanged = 0;
        foreach (var row in rows)
        {
            var area = areas.FirstOrDefault(a => string.Equals(a.Name, row.BusinessArea, StringComparison.OrdinalIgnoreCase));
            if (area is null)
            {
                area = new BusinessArea { Name = row.BusinessArea, SortOrder = areas.Count == 0 ? 1 : areas.Max(a => a.SortOrder) + 1 };
                areas.Add(area);
                db.BusinessAreas.Add(area);
            }

            if (!officers.Any(o => o.Initials == row.Lead))
            {
                var officer = new LeadOfficer
                {
                    Initials = row.Lead,
                    Name = row.LeadName!,
                    Title = row.LeadTitle ?? "",
                };
                officers.Add(officer);
                db.LeadOfficers.Add(officer);
            }

            // The area's key is needed below; new areas get theirs here, in the import's transaction.
            await db.SaveChangesAsync(cancellationToken);
            var indicator = indicators.FirstOrDefault(i => string.Equals(i.Reference, row.Reference, StringComparison.OrdinalIgnoreCase));
            if (indicator is null)
            {
                indicator = new Indicator { Reference = row.Reference };
                indicators.Add(indicator);
                db.Indicators.Add(indicator);
                inserted++;
            }

            var before = db.Entry(indicator).State == EntityState.Added ? null : Describe(indicator);
            indicator.Title = row.Title;
            indicator.BusinessAreaId = area.Id;
            indicator.ObjectiveReference = row.Objective;
            indicator.LeadOfficerInitials = row.Lead;
            indicator.Unit = row.Unit.ToString();
            indicator.Polarity = row.Polarity;
            indicator.Accumulation = row.Accumulation;
            indicator.DataSource = row.DataSource;
            indicator.IsStatutory = row.IsStatutory;
            indicator.SameWithin = row.SameWithin;
            if (before is not null)
            {
                if (before == Describe(indicator))
                {
                    unchanged++;
                }
                else
                {
                    updated++;
                }
            }
        }

        db.AuditScope.Reason = $"Imported (import run {importRunId})";
        await db.SaveChangesAsync(cancellationToken);
        progress?.Report(new ImportProgress("Writing", rows.Count, rows.Count));
        return new BulkWriteCounts(inserted, updated, unchanged);
    }

    private static string Describe(Indicator i) =>
        string.Join(
            '|',
            i.Title,
            i.BusinessAreaId,
            i.ObjectiveReference,
            i.LeadOfficerInitials,
            i.Unit,
            i.Polarity,
            i.Accumulation,
            i.DataSource,
            i.IsStatutory,
            // By value: the database gives back 0.5000 for 0.5.
            i.SameWithin.ToString("0.############", System.Globalization.CultureInfo.InvariantCulture)
        );

    private static bool TryEnum<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum =>
        Enum.TryParse(text.Replace(" ", "", StringComparison.Ordinal), ignoreCase: true, out value) && Enum.IsDefined(value);
}
