using System.Globalization;
using System.Text.Json;
using Beacon.Data;
using Beacon.Data.SocialCare;
using Beacon.Data.Statistics;
using Beacon.Import.Geography;
using Beacon.Import.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Import.SocialCare;

/// <summary>
/// Ofsted's tables of local authority children's services inspections: the latest judgements as at 31 March,
/// the year's inspections and visits, and the ILACS history. All three share the area code, dates and judgement
/// columns; the type is "Inspection type", "Inspection/Visit type", or absent (the latest-judgement table). One
/// inspection is one row by authority and date, so the tables overlap without doubling it; a table without the
/// type leaves the type another table gave.
/// </summary>
public sealed class AuthorityInspectionsFormat : RowFormat<AuthorityInspection>
{
    public const string FormatName = "ofsted-la-inspections";

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    private static readonly string[] Areas =
    [
        "The impact of leaders on social work practice with children and families",
        "The experiences and progress of children who need help and protection",
        "The experiences and progress of children in care",
        "The experiences and progress of care leavers",
    ];

    public override string Name => FormatName;

    public override string Dataset => FormatName;

    protected override IReadOnlyList<string> RequiredColumns { get; } = ["Local authority area code", "date"];

    protected override string KeyDescription => "authority and date";

    protected override (object Key, string Column, string Value) KeyOf(AuthorityInspection parsed) =>
        ((parsed.Authority, parsed.Date), "date", parsed.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));

    protected override string ColumnName(string header) =>
        header.Trim() switch
        {
            "Inspection date" or "Inspection/Visit date" => "date",
            "Inspection type" or "Inspection/Visit type" => "type",
            var other => other,
        };

    protected override (AuthorityInspection? Parsed, ImportError? Error) Parse(long row, Func<string, string> cell)
    {
        ImportError Error(string column, string reason) => new("", row, column, cell(column), reason);
        if (LocalAuthorityRegister.Shipped.FindByNewCode(cell("Local authority area code")) is not { } authority)
        {
            return (null, Error("Local authority area code", "not a local authority code Beacon knows"));
        }

        if (!DateOnly.TryParseExact(cell("date"), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (null, Error("date", "not a date (dd/mm/yyyy)"));
        }

        DateOnly? published = null;
        if (cell("Publication date").Length > 0)
        {
            if (
                !DateOnly.TryParseExact(cell("Publication date"), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var p)
            )
            {
                return (null, Error("Publication date", "not a date (dd/mm/yyyy)"));
            }

            published = p;
        }

        var areas = Areas.Where(a => cell(a).Length > 0).ToDictionary(a => a, cell);
        return (
            new AuthorityInspection
            {
                Authority = authority.OldCode,
                Date = date,
                PublicationDate = published,
                Type = cell("type"),
                OverallEffectiveness = Blank(cell("Overall effectiveness")),
                AreaJudgements = areas.Count == 0 ? null : JsonSerializer.Serialize(areas),
                VisitTheme = Blank(cell("Visit Theme")),
            },
            null
        );
    }

    private static string? Blank(string text) => text.Length == 0 ? null : text;

    public override async Task<BulkWriteCounts> WriteAsync(
        BeaconDbContext db,
        string path,
        long importRunId,
        IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        var known = await db.AuthorityInspections.ToDictionaryAsync(i => (i.Authority, i.Date), cancellationToken);
        long inserted = 0,
            updated = 0,
            unchanged = 0;
        foreach (var inspection in Read(path).Select(r => r.Parsed!))
        {
            if (!known.TryGetValue((inspection.Authority, inspection.Date), out var row))
            {
                inspection.ImportRunId = importRunId;
                db.AuthorityInspections.Add(inspection);
                known[(inspection.Authority, inspection.Date)] = inspection;
                inserted++;
                continue;
            }

            var type = inspection.Type.Length > 0 ? inspection.Type : row.Type;
            if (
                (row.Type, row.PublicationDate, row.OverallEffectiveness, row.AreaJudgements, row.VisitTheme)
                != (type, inspection.PublicationDate, inspection.OverallEffectiveness, inspection.AreaJudgements, inspection.VisitTheme)
            )
            {
                (row.Type, row.PublicationDate, row.OverallEffectiveness, row.AreaJudgements, row.VisitTheme) = (
                    type,
                    inspection.PublicationDate,
                    inspection.OverallEffectiveness,
                    inspection.AreaJudgements,
                    inspection.VisitTheme
                );
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new BulkWriteCounts(inserted, updated, unchanged);
    }
}
