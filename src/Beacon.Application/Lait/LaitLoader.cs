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
        var rows = await db
            .Statistics.AsNoTracking()
            .Where(s => s.Dataset == LaitDataFormat.DatasetName)
            .Select(s => new
            {
                s.Measure,
                s.TimePeriod,
                s.GeographyCode,
                s.Value,
                s.Symbol,
            })
            .ToListAsync(cancellationToken);
        var series = new Dictionary<string, LaitSeries>(StringComparer.Ordinal);
        foreach (var measure in rows.GroupBy(r => r.Measure, StringComparer.Ordinal))
        {
            var years = measure
                .Select(r => r.TimePeriod)
                .Distinct(StringComparer.Ordinal)
                .OrderBy(LaitYear.SortKey)
                .ThenBy(y => y, StringComparer.Ordinal)
                .ToList();
            var index = years.Select((y, i) => (y, i)).ToDictionary(x => x.y, x => x.i, StringComparer.Ordinal);
            var figures = new Dictionary<int, AuthorityFigure[]>();
            foreach (var r in measure)
            {
                var number = int.Parse(r.GeographyCode, CultureInfo.InvariantCulture);
                if (!figures.TryGetValue(number, out var byYear))
                {
                    figures[number] = byYear = Enumerable.Repeat(AuthorityFigure.Missing, years.Count).ToArray();
                }

                byYear[index[r.TimePeriod]] = new AuthorityFigure(r.Value, r.Symbol);
            }

            series[measure.Key] = new LaitSeries(measure.Key, years, figures);
        }

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
