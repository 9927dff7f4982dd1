using System.Globalization;
using Beacon.Data;
using Beacon.Data.Lait;
using Beacon.Data.Statistics;
using Beacon.Domain;
using Beacon.Domain.Benchmarking;
using Beacon.Domain.Lait;
using Beacon.Import.Lait;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Beacon.Application.Lait;

/// <summary>
/// LAIT's data set as loaded, in memory: its geographies, dictionary, figures and the neighbour models. Built once
/// per import (keyed by the newest import run), so every view and export reads the same figures without the database.
/// </summary>
public static class LaitLoader
{
    public static async Task<LaitData> CachedAsync(BeaconDbContext db, IMemoryCache cache, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cache);
        var version = await StatisticsVersion.CurrentAsync(db, cancellationToken);
        return (
            await cache.GetOrCreateAsync(
                ("lait", version),
                entry =>
                {
                    entry.SlidingExpiration = TimeSpan.FromMinutes(30);
                    return LoadAsync(db, cancellationToken);
                }
            )
        )!;
    }

    public static async Task<LaitData> LoadAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var places = (await db.LaitGeographies.AsNoTracking().ToListAsync(cancellationToken)).ToDictionary(
            g => g.Number,
            g => new LaitPlace(g.Number, g.Name, LaitPlace.KindOf(g.Number), g.Region)
        );
        var figures = db.Statistics.AsNoTracking().Where(s => s.Dataset == LaitDataFormat.DatasetName);
        // Each measure's years first (a few thousand pairs), so every figure can go straight into its place as the
        // rows stream past: holding all 641,070 rows at once left hundreds of megabytes for the collector to sweep
        // from under the first requests.
        var periods = await figures.Select(s => new { s.Measure, s.TimePeriod }).Distinct().ToListAsync(cancellationToken);
        var years = periods
            .GroupBy(p => p.Measure, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g =>
                    (IReadOnlyList<string>)
                        g.Select(p => p.TimePeriod).OrderBy(LaitYear.SortKey).ThenBy(y => y, StringComparer.Ordinal).ToList(),
                StringComparer.Ordinal
            );
        var yearIndex = years.ToDictionary(
            y => y.Key,
            y => y.Value.Select((label, i) => (label, i)).ToDictionary(x => x.label, x => x.i, StringComparer.Ordinal),
            StringComparer.Ordinal
        );
        var byMeasure = years.Keys.ToDictionary(k => k, _ => new Dictionary<int, AuthorityFigure[]>(), StringComparer.Ordinal);
        var symbols = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (
            var r in figures
                .Select(s => new
                {
                    s.Measure,
                    s.TimePeriod,
                    s.GeographyCode,
                    s.Value,
                    s.Symbol,
                })
                .AsAsyncEnumerable()
                .WithCancellation(cancellationToken)
        )
        {
            var number = int.Parse(r.GeographyCode, CultureInfo.InvariantCulture);
            var ofMeasure = byMeasure[r.Measure];
            if (!ofMeasure.TryGetValue(number, out var byYear))
            {
                ofMeasure[number] = byYear = Enumerable.Repeat(AuthorityFigure.Missing, years[r.Measure].Count).ToArray();
            }

            var symbol =
                r.Symbol is null ? null
                : symbols.TryGetValue(r.Symbol, out var known) ? known
                : symbols[r.Symbol] = r.Symbol;
            byYear[yearIndex[r.Measure][r.TimePeriod]] = new AuthorityFigure(r.Value, symbol);
        }

        var series = byMeasure.ToDictionary(m => m.Key, m => new LaitSeries(m.Key, years[m.Key], m.Value), StringComparer.Ordinal);

        var dictionary = (await db.LaitDictionary.AsNoTracking().ToListAsync(cancellationToken)).Select(Measure).ToList();
        var described = dictionary.Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        dictionary.AddRange(
            series
                .Keys.Where(k => !described.Contains(k))
                .Select(k => new LaitMeasure(
                    k,
                    NotInDictionary,
                    k,
                    Polarity.Neutral,
                    LaitMeasure.DefaultDecimals,
                    "",
                    true,
                    false,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null
                ))
        );
        var neighbours = await db.StatisticalNeighbours.AsNoTracking().ToListAsync(cancellationToken);
        var models = neighbours
            .GroupBy(n => n.FromYear)
            .ToDictionary(
                g => g.Key,
                g =>
                    (IReadOnlyDictionary<int, IReadOnlyList<LaitNeighbour>>)
                        g.GroupBy(n => Number(n.Authority))
                            .ToDictionary(
                                a => a.Key,
                                a =>
                                    (IReadOnlyList<LaitNeighbour>)
                                        a.OrderBy(n => n.Rank).Select(n => new LaitNeighbour(Number(n.Neighbour), n.Closeness)).ToList()
                            )
            );
        return new LaitData(places, dictionary, series, models);
    }

    /// <summary>The topic a measure is listed under when the figures name it and the dictionary does not.</summary>
    public const string NotInDictionary = "Not in LAIT's dictionary";

    private static int Number(string code) => int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    /// <summary>A dictionary line as Beacon uses it: LAIT's High and Low as polarities, "-" and NA as none, NA decimals as one.</summary>
    public static LaitMeasure Measure(LaitDictionaryEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var discontinued =
            string.Equals(e.Status, "Discontinued", StringComparison.OrdinalIgnoreCase)
            || (e.NextUpdate ?? "").StartsWith("Discontinued", StringComparison.OrdinalIgnoreCase)
            || (e.NextUpdate ?? "").StartsWith("No longer published", StringComparison.OrdinalIgnoreCase);
        return new LaitMeasure(
            e.Key,
            e.Topic,
            e.Name,
            e.Polarity switch
            {
                "High" => Polarity.HigherIsBetter,
                "Low" => Polarity.LowerIsBetter,
                _ => Polarity.Neutral,
            },
            e.Decimals ?? LaitMeasure.DefaultDecimals,
            e.YearType,
            e.NoQuartile != "N",
            discontinued,
            e.ChartTitle,
            e.AxisName,
            e.Status,
            e.Description,
            e.Methodology,
            e.Links,
            ExcelDate(e.LastUpdate),
            ExcelDate(e.NextUpdate)
        );
    }

    /// <summary>LAIT's dictionary gives most update dates as Excel day numbers (45809 is 1 June 2025); shown as month and year.</summary>
    public static string? ExcelDate(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is > 20_000 and < 80_000
            ? new DateOnly(1899, 12, 30).AddDays(days).ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))
            : text;
}
