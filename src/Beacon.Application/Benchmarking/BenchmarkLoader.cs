using Beacon.Data;
using Beacon.Domain.Benchmarking;
using Beacon.Domain.Geography;
using Beacon.Domain.Statistics;
using Beacon.Import.Benchmarking;
using Beacon.Import.Geography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Beacon.Application.Benchmarking;

/// <summary>
/// Builds the benchmarking set from the statistics loaded: the shipped indicator definitions with those an
/// authority imported, every figure they read, and the statistical neighbour models. Cached under the newest
/// import and audit entry, so a new file or definition is seen at once and nothing is worked out twice.
/// </summary>
public static class BenchmarkLoader
{
    private static readonly LocalAuthorityRegister Register = LocalAuthorityRegister.Shipped;

    public static async Task<BenchmarkSet> CachedAsync(BeaconDbContext db, IMemoryCache cache, CancellationToken cancellationToken) =>
        (await CachedWithVersionAsync(db, cache, cancellationToken)).Set;

    /// <summary>The set, and the version of the data it was built from, for keying what is rendered from it.</summary>
    public static async Task<(BenchmarkSet Set, string Version)> CachedWithVersionAsync(
        BeaconDbContext db,
        IMemoryCache cache,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cache);
        var imports = await Data.Statistics.StatisticsVersion.CurrentAsync(db, cancellationToken);
        var audit = await Data.Audit.DataVersion.CurrentAsync(db, cancellationToken);
        var set = await cache.GetOrCreateAsync(
            ("benchmarks", imports, audit),
            entry =>
            {
                entry.SlidingExpiration = TimeSpan.FromMinutes(30);
                return LoadAsync(db, cancellationToken);
            }
        );
        return (set!, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{imports}.{audit}"));
    }

    /// <summary>The shipped definitions, with those imported added or put in their place.</summary>
    public static async Task<IReadOnlyList<BenchmarkIndicator>> IndicatorsAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        var imported = await db.BenchmarkIndicators.AsNoTracking().ToListAsync(cancellationToken);
        var byCode = BenchmarkCatalog.Shipped.ToDictionary(i => i.Code);
        foreach (var r in imported)
        {
            byCode[r.Code] = new BenchmarkIndicator(
                r.Code,
                r.Name,
                new StatisticSource(r.Dataset, BenchmarkIndicatorsFormat.Filters(r.Filters) ?? [], r.Measure),
                r.Unit,
                r.Polarity,
                r.Decimals,
                r.DenominatorDataset is null
                    ? null
                    : new StatisticSource(
                        r.DenominatorDataset,
                        BenchmarkIndicatorsFormat.Filters(r.DenominatorFilters ?? "") ?? [],
                        r.DenominatorMeasure!
                    ),
                r.Per
            );
        }

        return byCode.Values.ToList();
    }

    public static async Task<BenchmarkSet> LoadAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        var indicators = await IndicatorsAsync(db, cancellationToken);
        var sources = indicators.SelectMany(i => new[] { i.Source, i.Denominator }).OfType<StatisticSource>().ToList();
        var datasets = sources.Select(s => s.Dataset).Distinct().ToList();
        var measures = sources.Select(s => s.Measure).Distinct().ToList();
        var rows = await db
            .Statistics.AsNoTracking()
            .Where(s => datasets.Contains(s.Dataset) && measures.Contains(s.Measure))
            .Select(s => new Row(s.Dataset, s.TimePeriod, s.GeographicLevel, s.GeographyCode, s.Filters, s.Measure, s.Value, s.Symbol))
            .ToListAsync(cancellationToken);
        var byMeasure = rows.ToLookup(r => (r.Dataset, r.Measure));
        var series = indicators.Select(i => Series(i, byMeasure)).ToList();
        var (neighbours, modelOf) = await NeighboursAsync(db, cancellationToken);
        return new BenchmarkSet(series, neighbours, a => Register.FindByOldCode(a)?.RegionCode, modelOf);
    }

    private static async Task<(Func<string, int, IReadOnlyList<string>> Neighbours, Func<int, int?> ModelOf)> NeighboursAsync(
        BeaconDbContext db,
        CancellationToken cancellationToken
    )
    {
        var all = await db.StatisticalNeighbours.AsNoTracking().ToListAsync(cancellationToken);
        var models = all.GroupBy(n => n.FromYear)
            .ToDictionary(
                g => g.Key,
                g =>
                    g.GroupBy(n => n.Authority)
                        .ToDictionary(a => a.Key, a => (IReadOnlyList<string>)a.OrderBy(n => n.Rank).Select(n => n.Neighbour).ToList())
            );
        return (
            (authority, year) => NeighbourModels.Choose(models, year)?.GetValueOrDefault(authority) ?? [],
            year => NeighbourModelInForce.Of(models.Keys, year)
        );
    }

    private static IndicatorSeries Series(BenchmarkIndicator indicator, ILookup<(string, string), Row> rows)
    {
        var figures = Figures(indicator.Source, rows);
        var denominators = indicator.Denominator is { } d ? Figures(d, rows) : null;
        var series = new IndicatorSeries(indicator);
        foreach (var ((period, level, code), figure) in figures)
        {
            if (
                !int.TryParse(period.AsSpan(0, Math.Min(4, period.Length)), System.Globalization.CultureInfo.InvariantCulture, out var year)
            )
            {
                continue;
            }

            var value =
                denominators is null ? figure
                : figure.Value is null ? figure
                : denominators.TryGetValue((period, level, code), out var denominator) && denominator.Value is { } population
                    ? new AuthorityFigure(indicator.Compute(figure.Value, population), null)
                : AuthorityFigure.Missing;
            series.PeriodLabels[year] = period;
            switch (level)
            {
                case GeographicLevel.National:
                    series.England[year] = value;
                    break;
                case GeographicLevel.Regional:
                    Add(series.Regions, year, code, value);
                    break;
                case GeographicLevel.LocalAuthority when Register.FindByNewCode(code) is { } authority:
                    Add(series.Authorities, year, authority.OldCode, value);
                    break;
                case GeographicLevel.SharedService:
                    AddShared(series, year, code, value);
                    break;
            }
        }

        return series;
    }

    /// <summary>A shared service's figure, under each member authority's old code with the other members' names.</summary>
    private static void AddShared(IndicatorSeries series, int year, string codes, AuthorityFigure figure)
    {
        var members = codes.Split(" / ").Select(Register.FindByNewCode).OfType<LocalAuthority>().ToList();
        if (!series.Shared.TryGetValue(year, out var byAuthority))
        {
            series.Shared[year] = byAuthority = [];
        }

        foreach (var member in members)
        {
            byAuthority[member.OldCode] = (figure, members.Where(m => m != member).Select(m => m.Name).ToList());
        }
    }

    private static void Add(Dictionary<int, Dictionary<string, AuthorityFigure>> into, int year, string code, AuthorityFigure figure)
    {
        if (!into.TryGetValue(year, out var byCode))
        {
            into[year] = byCode = [];
        }

        byCode[code] = figure;
    }

    /// <summary>Each place's figure for a source in each period: the rows carrying all its filters, the most final version.</summary>
    private static Dictionary<(string Period, string Level, string Code), AuthorityFigure> Figures(
        StatisticSource source,
        ILookup<(string, string), Row> rows
    ) =>
        rows[(source.Dataset, source.Measure)]
            .Where(r => source.Filters.All(f => r.Filters.Split('|').Contains(f, StringComparer.Ordinal)))
            .GroupBy(r => (r.TimePeriod, r.GeographicLevel, r.GeographyCode))
            .ToDictionary(
                g => g.Key,
                g => g.OrderBy(r => PublicationVersion.RankOf(r.Filters)).Select(r => new AuthorityFigure(r.Value, r.Symbol)).First()
            );

    private sealed record Row(
        string Dataset,
        string TimePeriod,
        string GeographicLevel,
        string GeographyCode,
        string Filters,
        string Measure,
        decimal? Value,
        string? Symbol
    );
}
