using System.Globalization;
using Beacon.Data;
using Beacon.Data.Schools;
using Beacon.Data.Statistics;
using Beacon.Domain.Schools;
using Beacon.Import.Geography;
using Beacon.Import.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Import.Schools;

/// <summary>
/// A DfE performance-tables school file (KS2 or KS4 "final", one row a school): the school's register details,
/// its latest Ofsted grade and date, and its published measures. Schools are added or updated by URN (fields
/// the file lacks, such as the LA, are left as they are); the grade becomes a graded inspection on the 4-point
/// scale; the measures are kept as statistics of the academic year, with DfE's symbols (SUPP, NE, NP...) as symbols.
/// DfE's files also carry each authority's figures (record type 4, by its LEA code) and England's (record type 5), on
/// rows without a URN: these are kept as the authority's and England's figures. Other rows without a URN (national
/// figures for a subset of schools) are passed over, as they compare with nothing Beacon reports.
/// </summary>
public sealed class PerformanceTablesSchoolsFormat(string academicYear) : RowFormat<PerformanceTablesSchoolsFormat.Row>
{
    public const string FormatName = "school-performance-tables";

    /// <summary>The measure columns Beacon keeps where a file has them: KS2, KS4 and KS5 from 2016, the level and GCSE measures before, absence.</summary>
    public static readonly IReadOnlyList<string> Measures =
    [
        "PTREADWRITTAMATX",
        "PTREADWRITTAMATAX",
        "PTREADX",
        "PTWRITXTA",
        "PTMATX",
        "PTREADAX",
        "PTWRITAXTA",
        "PTMATAX",
        "PTGPSAX",
        "PT2READ",
        "PT2WRITTA",
        "PT2MATH",
        "TALLPPE_ALEV_1618",
        "PTAC5EM_PTQ",
        "PERCTOT",
        "PPERSABS10",
        "PTRWM_EXP",
        "PTRWM_HIGH",
        "READPROG",
        "WRITPROG",
        "MATPROG",
        "ATT8SCR",
        "P8MEA",
        "PTL2BASICS_95",
        "PTL2BASICS_94",
        "PTEBACC_E_PTQ_EE",
        "EBACCAPS",
    ];

    private static readonly HashSet<string> Symbols = new(
        ["SUPP", "NE", "NA", "NP", "LOWCOV", "x", "c", "z"],
        StringComparer.OrdinalIgnoreCase
    );

    public override string Name => FormatName;

    public override string Dataset => $"school-performance-tables-{academicYear}";

    protected override IReadOnlyList<string> RequiredColumns { get; } = ["URN", "SCHNAME"];

    protected override string KeyDescription => "URN";

    /// <summary>DfE's record types of an authority's and of England's rows.</summary>
    private const string AuthorityRecord = "4";

    private const string EnglandRecord = "5";

    /// <summary>One school's row, or an authority's or England's (<c>Area</c> then names its level and code, and <c>Urn</c> is 0).</summary>
    public sealed record Row(
        int Urn,
        string Name,
        string? Town,
        string? Postcode,
        string Phase,
        string? Type,
        string? Gender,
        string? Religion,
        OfstedGrade? Grade,
        DateOnly? Inspected,
        IReadOnlyList<(string Measure, decimal? Value, string? Symbol)> Figures,
        (string Level, string Code)? Area = null
    );

    protected override (object Key, string Column, string Value) KeyOf(Row parsed) =>
        parsed.Area is { } area ? (area, "RECTYPE", area.Code) : (parsed.Urn, "URN", parsed.Urn.ToString(CultureInfo.InvariantCulture));

    protected override bool IsNote(Func<string, string> cell) =>
        cell("URN").Length == 0 && cell("RECTYPE") is { Length: > 0 } type && type is not (AuthorityRecord or EnglandRecord);

    protected override (Row? Parsed, ImportError? Error) Parse(long row, Func<string, string> cell)
    {
        ImportError Error(string column, string reason) => new("", row, column, cell(column), reason);
        string? Optional(string column) => cell(column).Length == 0 ? null : cell(column);

        if (cell("URN").Length == 0 && cell("RECTYPE") is AuthorityRecord or EnglandRecord)
        {
            return AreaRow(cell, Error);
        }

        if (!Urns.TryParse(cell("URN"), out var urn))
        {
            return (null, Error("URN", Urns.Problem));
        }

        if (cell("SCHNAME").Length == 0)
        {
            return (null, Error("SCHNAME", "is empty"));
        }

        OfstedGrade? grade = null;
        if (Optional("OFSTEDRATING") is { } rating)
        {
            if (!OfstedGrades.TryParse(rating, out var parsedGrade))
            {
                return (null, Error("OFSTEDRATING", "not an Ofsted grade (Outstanding, Good, Requires Improvement, Inadequate)"));
            }

            grade = parsedGrade;
        }

        DateOnly? inspected = null;
        if (Optional("INSPECTIONDT") is { } date)
        {
            if (
                !DateOnly.TryParseExact(
                    date,
                    ["yyyyMMdd", "yyyy-MM-dd", "dd/MM/yyyy"],
                    CultureInfo.InvariantCulture,
                    DateTimeStyles.None,
                    out var day
                )
            )
            {
                return (null, Error("INSPECTIONDT", "not a date (yyyymmdd)"));
            }

            inspected = day;
        }

        if (grade is not null && inspected is null)
        {
            return (null, Error("INSPECTIONDT", "is empty, but the school has an Ofsted grade"));
        }

        var (figures, problem) = Figures(cell, Error);
        if (problem is not null)
        {
            return (null, problem);
        }

        var type = Optional("SCHTYPE");
        var phase = string.Equals(type, "Special school", StringComparison.OrdinalIgnoreCase) ? "Special" : Optional("PHASE") ?? "";
        return (
            new Row(
                urn,
                cell("SCHNAME"),
                Optional("TOWN"),
                Optional("PCODE"),
                phase,
                type,
                Optional("GENDER"),
                Optional("RELIGION"),
                grade,
                inspected,
                figures!
            ),
            null
        );
    }

    private static (Row? Parsed, ImportError? Error) AreaRow(Func<string, string> cell, Func<string, string, ImportError> error)
    {
        (string Level, string Code) area;
        if (cell("RECTYPE") == EnglandRecord)
        {
            area = ("National", "E92000001");
        }
        else if (LocalAuthorityRegister.Shipped.FindByOldCode(cell("LEA")) is { } authority)
        {
            area = ("Local authority", authority.NewCode);
        }
        else
        {
            return (null, error("LEA", "an authority's row (record type 4) needs the LEA code of a local authority Beacon knows"));
        }

        var (figures, problem) = Figures(cell, error);
        return problem is not null ? (null, problem) : (new Row(0, "", null, null, "", null, null, null, null, null, figures!, area), null);
    }

    private static (List<(string, decimal?, string?)>? Figures, ImportError? Error) Figures(
        Func<string, string> cell,
        Func<string, string, ImportError> error
    )
    {
        var figures = new List<(string, decimal?, string?)>();
        foreach (var measure in Measures)
        {
            var text = cell(measure);
            if (text.Length == 0)
            {
                continue;
            }

            if (Symbols.Contains(text))
            {
                figures.Add((measure, null, text.ToUpperInvariant()));
            }
            else if (decimal.TryParse(text.TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                figures.Add((measure, value, null));
            }
            else
            {
                return (null, error(measure, "not a number, a percentage or a DfE symbol (SUPP, NE, NA, NP, LOWCOV)"));
            }
        }

        return (figures, null);
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
        var all = Read(path).Select(r => r.Parsed!).ToList();
        var rows = all.Where(r => r.Area is null).ToList();
        var schools = await SchoolRegisterWriter.UpsertAsync(
            db,
            rows.Select(r => new School
                {
                    Urn = r.Urn,
                    Name = r.Name,
                    Town = r.Town,
                    Postcode = r.Postcode,
                    Phase = r.Phase,
                    Type = r.Type,
                    Gender = r.Gender,
                    ReligiousCharacter = r.Religion,
                })
                .ToList(),
            SchoolRegisterWriter.PerformanceTablesColumns,
            mergePhases: true,
            cancellationToken
        );
        var newInspections = await SchoolRegisterWriter.AddInspectionsAsync(
            db,
            rows.Where(r => r.Grade is not null)
                .Select(r => new Inspection
                {
                    Urn = r.Urn,
                    StartDate = r.Inspected!.Value,
                    Type = InspectionTypes.Graded,
                    Scale = InspectionTypes.FourPoint,
                    OverallEffectiveness = (int)r.Grade!.Value,
                    ImportRunId = importRunId,
                }),
            cancellationToken
        );
        var figures = all.SelectMany(r =>
            r.Figures.Select(f => new StatisticRow(
                academicYear,
                "Academic year",
                r.Area?.Level ?? "School",
                r.Area?.Code ?? r.Urn.ToString(CultureInfo.InvariantCulture),
                "",
                f.Measure,
                f.Value,
                f.Symbol
            ))
        );
        var written = await StatisticsBulkWriter.For(db).WriteAsync(db, Dataset, importRunId, figures, null, cancellationToken);
        progress?.Report(new ImportProgress("Writing", rows.Count, rows.Count));
        // One count over schools, inspections and figures alike.
        return new BulkWriteCounts(
            schools.Inserted + newInspections + written.Inserted,
            schools.Updated + written.Updated,
            schools.Unchanged + written.Unchanged
        );
    }
}
