using System.Data;
using Beacon.Data.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Data.Schools;

/// <summary>
/// Writes imported register rows and inspections in bulk: one prepared upsert per table, run inside the
/// import's transaction (decision 010). A national file holds some 20,000 schools; change tracking and an
/// audit entry per row would take several times the 5 seconds issue 4 allows. The register is official
/// data, so its provenance is the import run; officers' decisions about schools are audited as ever.
/// </summary>
public static class SchoolRegisterWriter
{
    private static readonly (string Name, DbType Type)[] InspectionParameters =
    [
        ("urn", DbType.Int32),
        ("start_date", DateType),
        ("publication_date", DateType),
        ("type", DbType.String),
        ("scale", DbType.String),
        ("overall", DbType.Int32),
        ("category", DbType.String),
        ("areas", DbType.String),
        ("strengths", DbType.String),
        ("improve", DbType.String),
        ("run", DbType.Int64),
        ("outcome", DbType.String),
        ("number", DbType.String),
    ];

    /// <summary>The register's columns a file may give, with how each is read from a school.</summary>
    private static readonly Dictionary<string, (DbType Type, Func<School, bool, object?> Read)> Columns = new()
    {
        ["name"] = (DbType.String, (s, _) => s.Name),
        ["laestab"] = (DbType.Int32, (s, _) => s.Laestab),
        ["la_code"] = (DbType.String, (s, _) => s.LaCode),
        ["la_name"] = (DbType.String, (s, _) => s.LaName),
        ["town"] = (DbType.String, (s, _) => s.Town),
        ["postcode"] = (DbType.String, (s, _) => s.Postcode),
        ["phase"] = (DbType.String, (s, _) => s.Phase),
        ["type"] = (DbType.String, (s, _) => s.Type),
        ["status"] = (DbType.String, (s, _) => s.Status),
        ["open_date"] = (DateType, (s, postgres) => s.OpenDate is { } d ? Date(d, postgres) : null),
        ["close_date"] = (DateType, (s, postgres) => s.CloseDate is { } d ? Date(d, postgres) : null),
        ["religious_character"] = (DbType.String, (s, _) => s.ReligiousCharacter),
        ["gender"] = (DbType.String, (s, _) => s.Gender),
        ["pupils"] = (DbType.Int32, (s, _) => s.Pupils),
        ["headteacher_key"] = (DbType.String, (s, _) => s.HeadteacherKey),
    };

    /// <summary>The columns of a performance-tables school file.</summary>
    public static readonly IReadOnlyList<string> PerformanceTablesColumns =
    [
        "name",
        "town",
        "postcode",
        "phase",
        "type",
        "gender",
        "religious_character",
    ];

    /// <summary>The columns of a Get Information about Schools establishments file: all of them.</summary>
    public static readonly IReadOnlyList<string> RegisterColumns = [.. Columns.Keys];

    /// <summary>
    /// Adds new schools and updates the given columns of known ones; other columns are kept. With
    /// <paramref name="mergePhases"/>, a school given as Primary by one file and Secondary by another becomes
    /// All-through (the KS2 and KS4 files), where otherwise the file's phase is taken as it stands (the register).
    /// </summary>
    public static async Task<BulkWriteCounts> UpsertAsync(
        BeaconDbContext db,
        IReadOnlyCollection<School> schools,
        IReadOnlyList<string> columns,
        bool mergePhases,
        CancellationToken cancellationToken,
        DateOnly? seenOn = null
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(schools);
        ArgumentNullException.ThrowIfNull(columns);
        var known = (await db.Schools.Select(s => s.Urn).ToListAsync(cancellationToken)).ToHashSet();
        var postgres = db.Database.IsNpgsql();
        var distinct = postgres ? "IS DISTINCT FROM" : "IS NOT";
        string NewValue(string column) =>
            column switch
            {
                "phase" when mergePhases => MergedPhase,
                // A file without the head's name keeps the fingerprint Beacon has.
                "headteacher_key" => "COALESCE(excluded.headteacher_key, schools.headteacher_key)",
                _ => $"excluded.{column}",
            };
        // A different head from the one Beacon knew is a change of headteacher, seen on the import's date.
        var headChange = columns.Contains("headteacher_key")
            ? ", headteacher_changed_on = CASE WHEN schools.headteacher_key IS NOT NULL AND excluded.headteacher_key IS NOT NULL "
                + "AND schools.headteacher_key <> excluded.headteacher_key THEN @seen_on ELSE schools.headteacher_changed_on END"
            : "";
        await using var command = BulkCommands.Command(
            db,
            $"""
            INSERT INTO schools (urn, {string.Join(", ", columns)})
            VALUES (@urn, {string.Join(", ", columns.Select(c => "@" + c))})
            ON CONFLICT (urn) DO UPDATE SET {string.Join(", ", columns.Select(c => $"{c} = {NewValue(c)}"))}{headChange}
            WHERE {string.Join(" OR ", columns.Select(c => $"schools.{c} {distinct} {NewValue(c)}"))}
            """
        );
        var urn = BulkCommands.Parameter(command, "urn", DbType.Int32);
        var values = columns.Select(c => (BulkCommands.Parameter(command, c, Columns[c].Type), Columns[c].Read)).ToArray();
        if (headChange.Length > 0)
        {
            BulkCommands.Parameter(command, "seen_on", DateType).Value = Date(
                seenOn ?? throw new ArgumentNullException(nameof(seenOn)),
                postgres
            );
        }

        await command.PrepareAsync(cancellationToken);
        long inserted = 0,
            updated = 0,
            unchanged = 0;
        foreach (var school in schools)
        {
            urn.Value = school.Urn;
            foreach (var (parameter, read) in values)
            {
                parameter.Value = read(school, postgres) ?? DBNull.Value;
            }

            var affected = await command.ExecuteNonQueryAsync(cancellationToken);
            if (!known.Contains(school.Urn))
            {
                inserted++;
            }
            else if (affected > 0)
            {
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        return new BulkWriteCounts(inserted, updated, unchanged);
    }

    /// <summary>Sets predecessor and successor links; returns how many schools changed. Links to schools not held are kept all the same.</summary>
    public static async Task<long> LinkAsync(
        BeaconDbContext db,
        IEnumerable<(int Urn, int? Predecessor, int? Successor)> links,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(links);
        var distinct = db.Database.IsNpgsql() ? "IS DISTINCT FROM" : "IS NOT";
        await using var command = BulkCommands.Command(
            db,
            $"""
            UPDATE schools SET predecessor_urn = COALESCE(@predecessor, predecessor_urn), successor_urn = COALESCE(@successor, successor_urn)
            WHERE urn = @urn AND (predecessor_urn {distinct} COALESCE(@predecessor, predecessor_urn) OR successor_urn {distinct} COALESCE(@successor, successor_urn))
            """
        );
        var (urn, predecessor, successor) = (
            BulkCommands.Parameter(command, "urn", DbType.Int32),
            BulkCommands.Parameter(command, "predecessor", DbType.Int32),
            BulkCommands.Parameter(command, "successor", DbType.Int32)
        );
        await command.PrepareAsync(cancellationToken);
        long changed = 0;
        foreach (var link in links)
        {
            urn.Value = link.Urn;
            predecessor.Value = (object?)link.Predecessor ?? DBNull.Value;
            successor.Value = (object?)link.Successor ?? DBNull.Value;
            changed += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return changed;
    }

    /// <summary>Adds the inspections not already held (by school, start date and type); returns how many were new.</summary>
    public static async Task<long> AddInspectionsAsync(
        BeaconDbContext db,
        IEnumerable<Inspection> inspections,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(inspections);
        var postgres = db.Database.IsNpgsql();
        await using var command = BulkCommands.Command(
            db,
            """
            INSERT INTO inspections (urn, start_date, publication_date, type, scale, overall_effectiveness, category_of_concern, area_grades, strengths, areas_for_improvement, import_run_id, outcome, inspection_number)
            VALUES (@urn, @start_date, @publication_date, @type, @scale, @overall, @category, @areas, @strengths, @improve, @run, @outcome, @number)
            ON CONFLICT (urn, start_date, type) DO NOTHING
            """
        );
        var p = InspectionParameters.Select(p => BulkCommands.Parameter(command, p.Name, p.Type)).ToArray();
        await command.PrepareAsync(cancellationToken);
        long added = 0;
        foreach (var i in inspections)
        {
            object?[] row =
            [
                i.Urn,
                Date(i.StartDate, postgres),
                i.PublicationDate is { } published ? Date(published, postgres) : null,
                i.Type,
                i.Scale,
                i.OverallEffectiveness,
                i.CategoryOfConcern,
                i.AreaGrades,
                i.Strengths,
                i.AreasForImprovement,
                i.ImportRunId,
                i.Outcome,
                i.InspectionNumber,
            ];
            for (var k = 0; k < row.Length; k++)
            {
                p[k].Value = row[k] ?? DBNull.Value;
            }

            added += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return added;
    }

    // Primary and Secondary from two key-stage files make All-through; Special and All-through stay.
    private const string MergedPhase = """
        CASE WHEN schools.phase = excluded.phase OR schools.phase = '' THEN excluded.phase
             WHEN schools.phase IN ('Special', 'All-through') THEN schools.phase
             WHEN schools.phase IN ('Primary', 'Secondary') AND excluded.phase IN ('Primary', 'Secondary') THEN 'All-through'
             ELSE excluded.phase END
        """;

    // A date parameter: PostgreSQL's date, given a DateOnly; SQLite's text, given the same date as ISO text.
    private const DbType DateType = DbType.Date;

    // EF Core keeps DateOnly as ISO text on SQLite and as a date on PostgreSQL; the bulk path writes the same.
    private static object Date(DateOnly date, bool postgres) =>
        postgres ? date : date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
