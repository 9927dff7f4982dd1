using System.IO.Hashing;
using System.Text;
using Beacon.Data;
using Beacon.Data.Statistics;
using Beacon.Domain.Geography;
using Beacon.Domain.Statistics;
using Beacon.Import.Geography;
using Beacon.Import.Pipeline;

namespace Beacon.Import.DfeOpenData;

/// <summary>
/// DfE's open-data layout (explore education statistics): time and geography columns, filter columns,
/// then measure columns whose cells are numbers or suppression symbols, never turned into zero.
/// </summary>
public sealed class DfeOpenDataFormat(string dataset, LocalAuthorityRegister authorities, IReadOnlyCollection<string>? filterNames = null)
    : IImportFormat
{
    public const string FormatName = "dfe-open-data";

    public string Name => FormatName;

    public string Dataset { get; } = dataset;

    /// <summary>A dataset name from a file name: <c>b1_children_in_need_2013_to_2025.csv</c> becomes <c>b1_children_in_need_2013_to_2025</c>.</summary>
    public static string DatasetFromFileName(string fileName) => Path.GetFileNameWithoutExtension(fileName).Trim().ToLowerInvariant();

    /// <summary>The longest filter value a figure can be filed under.</summary>
    public const int MaxFilterValueLength = 200;

    public long Validate(string path, ImportErrors errors, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var opened = DfeFile.Open(path, filterNames, (column, reason) => errors.Add(1, column, null, reason));
        if (!opened.Succeeded)
        {
            errors.Add(0, null, null, opened.Problem!.Message);
            return 0;
        }

        using var file = opened.Value;
        if (file.Plan is not { } plan)
        {
            return 0;
        }

        if (plan.Measures.Length == 0)
        {
            errors.Add(1, null, null, "the file has no measure columns: every column after time and geography holds text");
        }

        var seen = new Dictionary<UInt128, long>();
        long rows = 0;
        foreach (var (row, cells) in file.Rows())
        {
            ValidateRow(plan, row, cells, errors, seen);
            if (++rows % 50_000 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(new ImportProgress("Checking", rows, 0));
            }
        }

        if (rows == 0)
        {
            errors.Add(0, null, null, "the file has a header but no data rows");
        }

        progress?.Report(new ImportProgress("Checking", rows, rows));
        return rows;
    }

    public async Task<BulkWriteCounts> WriteAsync(
        BeaconDbContext db,
        string path,
        long importRunId,
        IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        var opened = DfeFile.Open(path, filterNames, (_, reason) => throw new InvalidOperationException(reason));
        using var file =
            opened.Succeeded && opened.Value.Plan is not null
                ? opened.Value
                : throw new InvalidOperationException("The file changed between checking and writing.");
        var rowProgress = progress is null
            ? null
            : new ImmediateProgress<long>(done => progress.Report(new ImportProgress("Writing", done, 0)));
        return await StatisticsBulkWriter
            .For(db)
            .WriteAsync(db, Dataset, importRunId, Figures(file.Plan!, file), rowProgress, cancellationToken);
    }

    private IEnumerable<StatisticRow> Figures(DfeColumnPlan plan, DfeFile file)
    {
        foreach (var (_, cells) in file.Rows())
        {
            var level = DfeColumnPlan.Cell(cells, plan.GeographicLevel);
            var geography = GeographyCode(plan, cells, level)!;
            // A shared service's figures are its own, never either authority's.
            level = geography.Contains(" / ", StringComparison.Ordinal) ? GeographicLevel.SharedService : level;
            var filters = plan.FiltersOf(cells);
            var period = DfeColumnPlan.Cell(cells, plan.TimePeriod);
            var identifier = DfeColumnPlan.Cell(cells, plan.TimeIdentifier);
            foreach (var measure in plan.Measures)
            {
                // Validation has already accepted every cell; an empty one is simply not published.
                if (!StatisticValue.TryParse(cells[measure], out var value) || value == StatisticValue.Missing)
                {
                    continue;
                }

                var symbol = value.Suppression is { } s ? StatisticValue.SymbolOf(s) : null;
                yield return new StatisticRow(period, identifier, level, geography, filters, plan.Header[measure], value.Number, symbol);
            }
        }
    }

    private void ValidateRow(DfeColumnPlan plan, long row, string[] cells, ImportErrors errors, Dictionary<UInt128, long> seen)
    {
        var period = DfeColumnPlan.Cell(cells, plan.TimePeriod);
        if (period.Length is not (4 or 6) || !period.All(char.IsAsciiDigit))
        {
            errors.Add(row, "time_period", period, "expected a year (2025) or a pair of years (202425)");
        }

        var level = DfeColumnPlan.Cell(cells, plan.GeographicLevel);
        var geography = GeographyCode(plan, cells, level);
        if (!GeographicLevel.Supported.Contains(level))
        {
            errors.Add(row, "geographic_level", level, $"expected one of: {string.Join(", ", GeographicLevel.Supported)}");
        }
        else if (geography is null)
        {
            ReportGeographyError(plan, row, cells, level, errors);
        }

        // A figure is filed under its filters: the key both engines index must stay well under PostgreSQL's limit of
        // about 2,700 bytes an index entry, so that a long value is a located error, not a failed write.
        foreach (var filter in plan.Filters)
        {
            if (cells[filter].Length > MaxFilterValueLength)
            {
                errors.Add(
                    row,
                    plan.Header[filter],
                    cells[filter][..40] + "…",
                    $"a filter value is {cells[filter].Length:N0} characters long; a figure's key holds filter values of at most {MaxFilterValueLength}"
                );
            }
        }

        foreach (var measure in plan.Measures)
        {
            if (!StatisticValue.TryParse(cells[measure], out _))
            {
                errors.Add(row, plan.Header[measure], cells[measure], "not a number or a DfE symbol (x, c, z, low, k, u)");
            }
        }

        // A row whose geography is unknown has its own error: it is not also the duplicate of another such row.
        if (geography is null)
        {
            return;
        }

        var key = XxHash128.HashToUInt128(
            Encoding.UTF8.GetBytes(
                string.Join('\u001f', period, DfeColumnPlan.Cell(cells, plan.TimeIdentifier), level, geography, plan.FiltersOf(cells))
            )
        );
        if (!seen.TryAdd(key, row))
        {
            errors.Add(row, null, null, $"duplicate key: the same time period, geography and filters as row {seen[key]}");
        }
    }

    // The code a figure is filed under: England's, the region's, or the authority's current ONS code.
    private string? GeographyCode(DfeColumnPlan plan, string[] cells, string level)
    {
        switch (level)
        {
            case GeographicLevel.National:
                var country = DfeColumnPlan.Cell(cells, plan.CountryCode);
                return country.Length > 0 ? country : null;
            case GeographicLevel.Regional:
                var region = DfeColumnPlan.Cell(cells, plan.RegionCode);
                return region.Length > 0 ? region : null;
            case GeographicLevel.LocalAuthority:
                var newCode = DfeColumnPlan.Cell(cells, plan.NewLaCode);
                var oldCode = DfeColumnPlan.Cell(cells, plan.OldLaCode);
                if (newCode.Contains('/', StringComparison.Ordinal) || oldCode.Contains('/', StringComparison.Ordinal))
                {
                    return SharedServiceCode(newCode, oldCode);
                }

                // The code Beacon files the authority under: a newer ONS code for the same authority joins its series.
                if (newCode.Length > 0)
                {
                    return authorities.FindByNewCode(newCode)?.NewCode;
                }

                return oldCode.Length > 0 ? authorities.FindByOldCode(oldCode)?.NewCode : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// A shared service's row ("E06000061 / E06000062", or "940 / 941" by old codes): every authority's code, as Beacon
    /// files each, joined by " / "; none where any part is not an authority Beacon knows.
    /// </summary>
    private string? SharedServiceCode(string newCodes, string oldCodes)
    {
        static string[] Parts(string codes) => codes.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var found =
            newCodes.Length > 0
                ? Parts(newCodes).Select(c => authorities.FindByNewCode(c)?.NewCode).ToList()
                : Parts(oldCodes).Select(c => authorities.FindByOldCode(c)?.NewCode).ToList();
        return found.Count >= 2 && found.All(c => c is not null) ? string.Join(" / ", found) : null;
    }

    private static void ReportGeographyError(DfeColumnPlan plan, long row, string[] cells, string level, ImportErrors errors)
    {
        switch (level)
        {
            case GeographicLevel.National:
                errors.Add(row, "country_code", "", "a national row needs a country code");
                break;
            case GeographicLevel.Regional:
                errors.Add(row, "region_code", "", "a regional row needs a region code");
                break;
            default:
                var newCode = DfeColumnPlan.Cell(cells, plan.NewLaCode);
                var oldCode = DfeColumnPlan.Cell(cells, plan.OldLaCode);
                if (newCode.Contains('/', StringComparison.Ordinal) || oldCode.Contains('/', StringComparison.Ordinal))
                {
                    var (column, codes) = newCode.Length > 0 ? ("new_la_code", newCode) : ("old_la_code", oldCode);
                    errors.Add(
                        row,
                        column,
                        codes,
                        "a shared service's row must name two or more local authorities Beacon knows, joined by /"
                    );
                }
                else if (newCode.Length > 0)
                {
                    var reason = LocalAuthorityCode.IsNewCode(newCode)
                        ? "not a known local authority code"
                        : "not a local authority code (expected E06, E08, E09 or E10 and six digits)";
                    errors.Add(row, "new_la_code", newCode, reason);
                }
                else if (oldCode.Length > 0)
                {
                    errors.Add(row, "old_la_code", oldCode, "not a known local authority number");
                }
                else
                {
                    errors.Add(row, "new_la_code", "", "a local authority row needs new_la_code or old_la_code");
                }

                break;
        }
    }
}
