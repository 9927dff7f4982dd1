using System.Globalization;
using Beacon.Data;
using Beacon.Data.Benchmarking;
using Beacon.Data.Statistics;
using Beacon.Import.Geography;
using Beacon.Import.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Import.Benchmarking;

/// <summary>
/// DfE's statistical neighbour groupings: each authority's ten closest, with how close. Reads the 2025 model's
/// layout (<c>old_la_code, SN_1 .. SN_10, SN_1P ..</c>) and the April 2021 layout (<c>LA number, SN1, SNP, SN2,
/// SNP ..</c>, where every closeness column is called SNP and is told apart by the neighbour before it). The
/// model is named by its first year, which the profiles use it from.
/// </summary>
public sealed class StatisticalNeighboursFormat(int model) : RowFormat<StatisticalNeighboursFormat.Group>
{
    public const string FormatName = "statistical-neighbours";

    public const int Neighbours = 10;

    private static readonly LocalAuthorityRegister Register = LocalAuthorityRegister.Shipped;

    public override string Name => FormatName;

    public override string Dataset => $"statistical-neighbours-{model}";

    protected override IReadOnlyList<string> RequiredColumns { get; } = ["authority", "SN1"];

    protected override string KeyDescription => "authority";

    /// <summary>LAIT's copies put a row of column letters and a row of column numbers above the header.</summary>
    protected override int TitleRows => 2;

    /// <summary>An authority and its neighbours, closest first, with their closeness.</summary>
    public sealed record Group(string Authority, IReadOnlyList<(string Code, string? Closeness)> Neighbours);

    protected override (object Key, string Column, string Value) KeyOf(Group parsed) => (parsed.Authority, "authority", parsed.Authority);

    protected override IReadOnlyList<string> HeaderNames(IReadOnlyList<string> header)
    {
        var names = new List<string>(header.Count);
        foreach (var cell in header)
        {
            var name = cell.Trim().Replace("_", "", StringComparison.Ordinal);
            names.Add(
                name switch
                {
                    "oldlacode" or "LA number" => "authority",
                    "SNP" when names.Count > 0 => names[^1] + "P",
                    _ => name,
                }
            );
        }

        return names;
    }

    /// <summary>The 2021 file labels its list of pre-reorganisation authorities ("Old SNs:") on a row of its own.</summary>
    protected override bool IsNote(Func<string, string> cell) => cell("authority").Length == 0 && cell("SN1").Length == 0;

    protected override (Group? Parsed, ImportError? Error) Parse(long row, Func<string, string> cell)
    {
        ImportError Error(string column, string reason) => new("", row, column, cell(column), reason);
        var authority = cell("authority");
        if (Register.FindByOldCode(authority) is null)
        {
            return (null, Error("authority", "not a local authority code Beacon knows"));
        }

        var neighbours = new List<(string, string?)>();
        var noneInModel = false;
        for (var rank = 1; rank <= Neighbours; rank++)
        {
            var column = $"SN{rank.ToString(CultureInfo.InvariantCulture)}";
            var code = cell(column);
            // The April 2021 file writes "-" for the authorities created after it (Cumberland, Westmorland and Furness).
            noneInModel |= code == "-";
            if (code.Length == 0 || code == "-")
            {
                continue;
            }

            if (Register.FindByOldCode(code) is null || code == authority)
            {
                return (
                    null,
                    Error(column, code == authority ? "an authority is not its own neighbour" : "not a local authority code Beacon knows")
                );
            }

            var closeness = cell(column + "P");
            neighbours.Add((code, closeness.Length == 0 ? null : closeness));
        }

        return neighbours.Count == 0 && !noneInModel
            ? (null, Error("SN1", "no neighbours given"))
            : (new Group(authority, neighbours), null);
    }

    public override async Task<BulkWriteCounts> WriteAsync(
        BeaconDbContext db,
        string path,
        long importRunId,
        IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        var name = model.ToString(CultureInfo.InvariantCulture);
        var known = await db
            .StatisticalNeighbours.Where(n => n.Model == name)
            .ToDictionaryAsync(n => (n.Authority, n.Rank), cancellationToken);
        long inserted = 0,
            updated = 0,
            unchanged = 0;
        foreach (var group in Read(path).Select(r => r.Parsed!))
        {
            for (var i = 0; i < group.Neighbours.Count; i++)
            {
                var (code, closeness) = group.Neighbours[i];
                if (!known.Remove((group.Authority, i + 1), out var row))
                {
                    db.StatisticalNeighbours.Add(
                        new StatisticalNeighbour
                        {
                            Model = name,
                            FromYear = model,
                            Authority = group.Authority,
                            Rank = i + 1,
                            Neighbour = code,
                            Closeness = closeness,
                            ImportRunId = importRunId,
                        }
                    );
                    inserted++;
                }
                else if (row.Neighbour != code || row.Closeness != closeness)
                {
                    (row.Neighbour, row.Closeness, row.ImportRunId) = (code, closeness, importRunId);
                    updated++;
                }
                else
                {
                    unchanged++;
                }
            }
        }

        // A neighbour the new file no longer gives is gone from the model.
        db.StatisticalNeighbours.RemoveRange(known.Values);
        await db.SaveChangesAsync(cancellationToken);
        progress?.Report(new ImportProgress("Writing", inserted + updated + unchanged, inserted + updated + unchanged));
        return new BulkWriteCounts(inserted, updated + known.Count, unchanged);
    }
}
