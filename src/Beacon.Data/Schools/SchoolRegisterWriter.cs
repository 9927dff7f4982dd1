using System.Data.Common;
using Beacon.Data.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Beacon.Data.Schools;

/// <summary>
/// Writes imported register rows and inspections in bulk: one prepared upsert per table, run inside the
/// import's transaction (decision 010). A national file holds some 20,000 schools; change tracking and an
/// audit entry per row would take several times the 5 seconds issue 4 allows. The register is official
/// data, so its provenance is the import run; officers' decisions about schools are audited as ever.
/// </summary>
public static class SchoolRegisterWriter
{
    private static readonly string[] InspectionParameters =
    [
        "urn",
        "start_date",
        "publication_date",
        "type",
        "scale",
        "overall",
        "category",
        "areas",
        "strengths",
        "improve",
        "run",
    ];

    private static readonly string[] DetailColumns = ["name", "town", "postcode", "phase", "type", "gender", "religious_character"];

    /// <summary>Adds new schools and updates the details the file gives of known ones; other details are kept.</summary>
    public static async Task<BulkWriteCounts> UpsertDetailsAsync(
        BeaconDbContext db,
        IReadOnlyCollection<School> schools,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(schools);
        var known = (await db.Schools.Select(s => s.Urn).ToListAsync(cancellationToken)).ToHashSet();
        var columns = DetailColumns;
        var distinct = db.Database.IsNpgsql() ? "IS DISTINCT FROM" : "IS NOT";
        await using var command = Command(
            db,
            $"""
            INSERT INTO schools (urn, {string.Join(", ", columns)})
            VALUES (@urn, {string.Join(", ", columns.Select(c => "@" + c))})
            ON CONFLICT (urn) DO UPDATE SET {string.Join(", ", columns.Select(c => $"{c} = {NewValue(c)}"))}
            WHERE {string.Join(" OR ", columns.Select(c => $"schools.{c} {distinct} {NewValue(c)}"))}
            """
        );
        var urn = Parameter(command, "urn");
        var values = columns.Select(c => Parameter(command, c)).ToArray();
        await command.PrepareAsync(cancellationToken);
        long inserted = 0,
            updated = 0,
            unchanged = 0;
        foreach (var school in schools)
        {
            urn.Value = school.Urn;
            object?[] row =
            [
                school.Name,
                school.Town,
                school.Postcode,
                school.Phase,
                school.Type,
                school.Gender,
                school.ReligiousCharacter,
            ];
            for (var i = 0; i < row.Length; i++)
            {
                values[i].Value = row[i] ?? DBNull.Value;
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
        await using var command = Command(
            db,
            """
            INSERT INTO inspections (urn, start_date, publication_date, type, scale, overall_effectiveness, category_of_concern, area_grades, strengths, areas_for_improvement, import_run_id)
            VALUES (@urn, @start_date, @publication_date, @type, @scale, @overall, @category, @areas, @strengths, @improve, @run)
            ON CONFLICT (urn, start_date, type) DO NOTHING
            """
        );
        var p = InspectionParameters.Select(name => Parameter(command, name)).ToArray();
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
            ];
            for (var k = 0; k < row.Length; k++)
            {
                p[k].Value = row[k] ?? DBNull.Value;
            }

            added += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return added;
    }

    /// <summary>
    /// The value an upsert writes: the file's, except for phase, which a school in both the KS2 and the KS4 file
    /// would otherwise flip between loads: Primary and Secondary together make All-through, and Special stays.
    /// </summary>
    private static string NewValue(string column) =>
        column != "phase"
            ? $"excluded.{column}"
            : """
                CASE WHEN schools.phase = excluded.phase OR schools.phase = '' THEN excluded.phase
                     WHEN schools.phase IN ('Special', 'All-through') THEN schools.phase
                     WHEN schools.phase IN ('Primary', 'Secondary') AND excluded.phase IN ('Primary', 'Secondary') THEN 'All-through'
                     ELSE excluded.phase END
                """;

    // EF Core keeps DateOnly as ISO text on SQLite and as a date on PostgreSQL; the bulk path writes the same.
    private static object Date(DateOnly date, bool postgres) =>
        postgres ? date : date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static DbCommand Command(BeaconDbContext db, string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction =
            db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A bulk write must run inside the import's transaction.");
        command.CommandText = sql;
        return command;
    }

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
