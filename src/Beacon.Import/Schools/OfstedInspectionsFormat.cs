using System.Globalization;
using System.Text.Json;
using Beacon.Data;
using Beacon.Data.Schools;
using Beacon.Data.Statistics;
using Beacon.Domain.Schools;
using Beacon.Import.Pipeline;
using static Beacon.Import.Schools.OfstedColumns;

namespace Beacon.Import.Schools;

/// <summary>
/// Ofsted's state-funded schools management information ("most recent inspections", CSV, one row per school),
/// in its layouts before and after the report cards of November 2025, read through a header map
/// (<see cref="OfstedColumns"/>). Each row gives the school's details and up to four inspections: the latest full
/// one (graded on the 4-point scale, or by report card), the latest graded one of the previous framework, the one
/// before it, and the latest ungraded one. An inspection made under an earlier URN is kept under that URN and
/// the school is linked to it as its predecessor, so that an academy keeps its history.
/// </summary>
public sealed class OfstedInspectionsFormat : RowFormat<OfstedInspectionsFormat.Row>
{
    public const string FormatName = "ofsted-inspections";

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd-MM-yyyy", "yyyy-MM-dd HH:mm:ss"];

    private static readonly HashSet<string> Blank = new(["", "NULL", "N/A", "NA", "Not applicable"], StringComparer.OrdinalIgnoreCase);

    public override string Name => FormatName;

    public override string Dataset => "ofsted-inspections";

    protected override IReadOnlyList<string> RequiredColumns { get; } = [Urn, SchoolName];

    protected override string KeyDescription => "URN";

    // Some of Ofsted's CSVs open with a title line above the header.
    protected override int TitleRows => 3;

    protected override string ColumnName(string header) => Canonical(header);

    /// <summary>A school's details and the inspections its row records, with the URNs they were made under.</summary>
    public sealed record Row(School School, IReadOnlyList<Inspection> Inspections);

    protected override (object Key, string Column, string Value) KeyOf(Row parsed) =>
        (parsed.School.Urn, "URN", parsed.School.Urn.ToString(CultureInfo.InvariantCulture));

    protected override (Row? Parsed, ImportError? Error) Parse(long row, Func<string, string> cell)
    {
        ImportError Error(string column, string reason) => new("", row, column, cell(column), reason);
        string? Optional(string column) => Blank.Contains(cell(column)) ? null : cell(column);

        if (!Urns.TryParse(cell(Urn), out var urn))
        {
            return (null, Error(Urn, Urns.Problem));
        }

        int? laestab = null;
        if (Optional(Laestab) is { } laestabText)
        {
            if (
                !int.TryParse(laestabText, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                || value is < 1000000 or > 9999999
            )
            {
                return (null, Error(Laestab, "not a seven-digit LAESTAB"));
            }

            laestab = value;
        }

        int? pupils = null;
        if (Optional(Pupils) is { } pupilText)
        {
            if (!int.TryParse(pupilText, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var count))
            {
                return (null, Error(Pupils, "not a whole number"));
            }

            pupils = count;
        }

        var inspections = new List<Inspection>();
        // The latest full inspection: on the 4-point scale where the file has overall effectiveness, else by report card.
        var fullGrade = ReadGrade(FullOverall, Optional, out var gradeError);
        if (gradeError is not null)
        {
            return (null, Error(FullOverall, gradeError));
        }

        var areas = new Dictionary<string, string>();
        foreach (var (key, area) in ReportCardAreas)
        {
            if (Optional(key) is not { } text)
            {
                continue;
            }

            if (ReportCardGrades.Normalise(text, safeguarding: key == "area.safeguarding") is not { } grade)
            {
                return (null, Error(key, "not a report-card grade (Exceptional ... Urgent improvement; safeguarding Met or Not met)"));
            }

            areas[area] = grade;
        }

        var built = new List<(string Start, Func<Inspection, Inspection> Complete, string Published, string UrnAt, string Number)>();
        if (fullGrade is not null || areas.Count > 0)
        {
            built.Add(
                (
                    FullStart,
                    i =>
                    {
                        i.Type = InspectionTypes.Graded;
                        i.Scale = fullGrade is not null ? InspectionTypes.FourPoint : InspectionTypes.ReportCard;
                        i.OverallEffectiveness = fullGrade is { } g ? (int)g : null;
                        i.AreaGrades = areas.Count > 0 && fullGrade is null ? JsonSerializer.Serialize(areas) : null;
                        i.CategoryOfConcern = Optional(FullCategory);
                        return i;
                    },
                    FullPublished,
                    FullUrn,
                    FullNumber
                )
            );
        }

        foreach (
            var (start, overall, published, urnAt, number, category) in new[]
            {
                (OeifStart, OeifOverall, OeifPublished, OeifUrn, OeifNumber, OeifCategory),
                (PreviousStart, PreviousOverall, PreviousPublished, "", PreviousNumber, ""),
            }
        )
        {
            var grade = ReadGrade(overall, Optional, out var error);
            if (error is not null)
            {
                return (null, Error(overall, error));
            }

            if (grade is { } g)
            {
                built.Add(
                    (
                        start,
                        i =>
                        {
                            (i.Type, i.Scale, i.OverallEffectiveness) = (InspectionTypes.Graded, InspectionTypes.FourPoint, (int)g);
                            i.CategoryOfConcern = category.Length == 0 ? null : Optional(category);
                            return i;
                        },
                        published,
                        urnAt,
                        number
                    )
                );
            }
        }

        if (Optional(UngradedStart) is not null)
        {
            built.Add(
                (
                    UngradedStart,
                    i =>
                    {
                        (i.Type, i.Scale, i.Outcome) = (InspectionTypes.Ungraded, InspectionTypes.FourPoint, Optional(UngradedOutcome));
                        return i;
                    },
                    UngradedPublished,
                    UngradedUrn,
                    UngradedNumber
                )
            );
        }

        foreach (var (start, complete, published, urnAt, number) in built)
        {
            if (!TryDate(Optional(start), out var startDate) || startDate is null)
            {
                return (null, Error(start, "not a date (dd/mm/yyyy), though the inspection has a grade"));
            }

            if (!TryDate(Optional(published), out var publishedDate))
            {
                return (null, Error(published, "not a date (dd/mm/yyyy)"));
            }

            var inspectedUrn = urn;
            if (urnAt.Length > 0 && Optional(urnAt) is { } atText && !Urns.TryParse(atText, out inspectedUrn))
            {
                return (null, Error(urnAt, Urns.Problem));
            }

            inspections.Add(
                complete(
                    new Inspection
                    {
                        Urn = inspectedUrn,
                        StartDate = startDate.Value,
                        PublicationDate = publishedDate,
                        InspectionNumber = Optional(number),
                    }
                )
            );
        }

        var school = new School
        {
            Urn = urn,
            Name = cell(SchoolName),
            Laestab = laestab,
            LaCode = laestab is { } code ? (code / 10000).ToString("D3", CultureInfo.InvariantCulture) : null,
            LaName = Optional(LocalAuthority),
            Phase = Optional(Phase) ?? "",
            Type = Optional(SchoolType),
            Postcode = Optional(Postcode),
            Pupils = pupils,
            ReligiousCharacter = Optional(Religion),
            // The URN its latest inspection was made under, where that was another school's.
            PredecessorUrn = inspections.Select(i => i.Urn).FirstOrDefault(u => u != urn) is var other and > 0 ? other : null,
        };
        return (new Row(school, inspections), null);
    }

    public override async Task<BulkWriteCounts> WriteAsync(
        BeaconDbContext db,
        string path,
        long importRunId,
        IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        var rows = Read(path).Select(r => r.Parsed!).ToList();
        var schools = await SchoolRegisterWriter.UpsertAsync(
            db,
            rows.Select(r => r.School).ToList(),
            ["name", "laestab", "la_code", "la_name", "phase", "type", "postcode", "pupils", "religious_character"],
            mergePhases: false,
            cancellationToken
        );
        var added = await SchoolRegisterWriter.AddInspectionsAsync(
            db,
            rows.SelectMany(r => r.Inspections)
                .Select(i =>
                {
                    i.ImportRunId = importRunId;
                    return i;
                }),
            cancellationToken
        );
        var linked = await SchoolRegisterWriter.LinkAsync(
            db,
            rows.Where(r => r.School.PredecessorUrn is not null).Select(r => (r.School.Urn, r.School.PredecessorUrn, (int?)null)),
            cancellationToken
        );
        progress?.Report(new ImportProgress("Writing", rows.Count, rows.Count));
        return new BulkWriteCounts(schools.Inserted + added, schools.Updated + linked, schools.Unchanged);
    }

    private static OfstedGrade? ReadGrade(string column, Func<string, string?> optional, out string? error)
    {
        error = null;
        // Ofsted writes 9 where a judgement was not made.
        if (optional(column) is not { } text || text == "9")
        {
            return null;
        }

        if (OfstedGrades.TryParse(text, out var grade))
        {
            return grade;
        }

        error = "not an Ofsted grade (1 to 4, or Outstanding, Good, Requires improvement, Inadequate)";
        return null;
    }

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        date = parsed;
        return true;
    }
}
