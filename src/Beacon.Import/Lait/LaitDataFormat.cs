using System.Globalization;
using Beacon.Data;
using Beacon.Data.Lait;
using Beacon.Data.Statistics;
using Beacon.Domain.Geography;
using Beacon.Domain.Lait;
using Beacon.Import.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Import.Lait;

/// <summary>
/// LAIT's data set, <c>bds_long</c>, as the DfE publishes it: one figure a row, by measure (<c>Short Desc</c>),
/// period (<c>Years</c>, in any of LAIT's forms), geography (<c>LA and Regions</c>, <c>LA Number</c>) and the
/// authority's region. Figures are filed as statistics of the dataset <see cref="DatasetName"/> under the measure,
/// the period as written and LAIT's geography number; a marker such as "-" is kept as a symbol, never a zero. The
/// geographies' names and regions are kept beside them.
/// </summary>
public sealed class LaitDataFormat : RowFormat<LaitDataFormat.Figure>
{
    public const string FormatName = "lait-data";

    public const string DatasetName = "lait";

    /// <summary>What LAIT's period labels are filed as, for the statistics' time identifier.</summary>
    public const string TimeIdentifier = "LAIT year";

    /// <summary>The markers LAIT's cleaning reads as "no figure", with the DfE's symbols, which a later file may use.</summary>
    private static readonly HashSet<string> Markers = new(StringComparer.OrdinalIgnoreCase)
    {
        "-",
        "c",
        "..",
        "x",
        "z",
        "u",
        "k",
        "low",
        ":",
        "NA",
    };

    private readonly Dictionary<string, int> _measures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _years = new(StringComparer.Ordinal);
    private readonly Dictionary<int, (string Name, int? Region, long Row)> _places = [];

    public override string Name => FormatName;

    public override string Dataset => DatasetName;

    protected override IReadOnlyList<string> RequiredColumns { get; } =
    ["Short Desc", "Years", "LA and Regions", "Values", "LA Number", "Region"];

    protected override string KeyDescription => "measure, year and geography";

    /// <summary>One figure of the file.</summary>
    public sealed record Figure(string Measure, string Years, int Number, string Place, int? Region, decimal? Value, string? Symbol);

    protected override void BeginRead()
    {
        _measures.Clear();
        _years.Clear();
        _places.Clear();
    }

    protected override (object Key, string Column, string Value) KeyOf(Figure parsed)
    {
        var measure = Intern(_measures, parsed.Measure);
        var year = Intern(_years, parsed.Years);
        return (
            ((long)measure << 40) | ((long)year << 20) | (long)parsed.Number,
            "Short Desc",
            $"{parsed.Measure}, {parsed.Years}, {parsed.Place}"
        );
    }

    private static int Intern(Dictionary<string, int> ids, string text)
    {
        if (!ids.TryGetValue(text, out var id))
        {
            ids[text] = id = ids.Count;
        }

        return id;
    }

    protected override (Figure? Parsed, ImportError? Error) Parse(long row, Func<string, string> cell)
    {
        ImportError Error(string column, string reason) => new("", row, column, cell(column), reason);
        var measure = cell("Short Desc");
        if (measure.Length == 0)
        {
            return (null, Error("Short Desc", "every figure needs its measure"));
        }

        var years = cell("Years");
        if (years.Length == 0)
        {
            return (null, Error("Years", "every figure needs its year"));
        }

        if (!int.TryParse(cell("LA Number"), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 100 or > 999)
        {
            return (
                null,
                Error("LA Number", "not a LAIT geography number (201 to 943 for an authority, 970 England, 980 to 990 a region)")
            );
        }

        var place = cell("LA and Regions");
        if (place.Length == 0)
        {
            return (null, Error("LA and Regions", "every figure needs its geography's name"));
        }

        int? region = null;
        if (LaitPlace.KindOf(number) == LaitPlaceKind.Authority)
        {
            if (!LaitPlace.RegionNumbers.TryGetValue(cell("Region"), out var found))
            {
                return (
                    null,
                    Error(
                        "Region",
                        $"not a region LAIT compares with; it uses {string.Join(", ", LaitPlace.RegionNumbers.Keys.Where(k => !k.StartsWith("London (", StringComparison.Ordinal)))}"
                    )
                );
            }

            region = found;
        }

        if (_places.TryGetValue(number, out var seen))
        {
            if (seen.Name != place)
            {
                return (null, Error("LA and Regions", $"geography {number} is called {seen.Name} on row {seen.Row}"));
            }
        }
        else
        {
            _places[number] = (place, region, row);
        }

        var text = cell("Values");
        if (Markers.Contains(text))
        {
            return (new Figure(measure, years, number, place, region, null, text), null);
        }

        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? (new Figure(measure, years, number, place, region, value, null), null)
            : (null, Error("Values", $"not a number, nor a marker LAIT uses ({string.Join(" ", Markers)})"));
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
        var places = new Dictionary<int, (string Name, int? Region)>();
        IEnumerable<StatisticRow> Rows()
        {
            foreach (var (_, figure, _) in Read(path))
            {
                places.TryAdd(figure!.Number, (figure.Place, figure.Region));
                yield return new StatisticRow(
                    figure.Years,
                    TimeIdentifier,
                    LevelOf(figure.Number),
                    figure.Number.ToString(CultureInfo.InvariantCulture),
                    "",
                    figure.Measure,
                    figure.Value,
                    figure.Symbol
                );
            }
        }

        var rowProgress = progress is null ? null : new Progress<long>(done => progress.Report(new ImportProgress("Writing", done, 0)));
        var counts = await StatisticsBulkWriter.For(db).WriteAsync(db, DatasetName, importRunId, Rows(), rowProgress, cancellationToken);
        var known = await db.LaitGeographies.ToDictionaryAsync(g => g.Number, cancellationToken);
        long added = 0,
            changed = 0;
        foreach (var (number, (name, region)) in places)
        {
            if (!known.TryGetValue(number, out var geography))
            {
                db.LaitGeographies.Add(
                    new LaitGeography
                    {
                        Number = number,
                        Name = name,
                        Region = region,
                        ImportRunId = importRunId,
                    }
                );
                added++;
            }
            else if (geography.Name != name || geography.Region != region)
            {
                (geography.Name, geography.Region, geography.ImportRunId) = (name, region, importRunId);
                changed++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return counts with { Inserted = counts.Inserted + added, Updated = counts.Updated + changed };
    }

    private static string LevelOf(int number) =>
        LaitPlace.KindOf(number) switch
        {
            LaitPlaceKind.England => GeographicLevel.National,
            LaitPlaceKind.Region => GeographicLevel.Regional,
            _ => GeographicLevel.LocalAuthority,
        };
}
