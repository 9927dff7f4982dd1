using System.Globalization;
using Beacon.Data;
using Beacon.Data.Lait;
using Beacon.Data.Statistics;
using Beacon.Import.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Import.Lait;

/// <summary>
/// LAIT's data dictionary (<c>lait_data_dictionary.csv</c>) as published by R: one line per measure and topic, with
/// its polarity, decimal places, year type and whether it has quartile bands. R's <c>NA</c> is read as "not given".
/// A reload puts each line in place by measure and topic, and drops lines the file no longer has.
/// </summary>
public sealed class LaitDictionaryFormat : RowFormat<LaitDictionaryEntry>
{
    public const string FormatName = "lait-dictionary";

    private static readonly string[] Polarities = ["High", "Low", "-"];

    public override string Name => FormatName;

    public override string Dataset => "lait-dictionary";

    protected override IReadOnlyList<string> RequiredColumns { get; } =
    ["Measure_short", "Topic", "Measure", "Polarity", "dps", "Year_Type", "No_Quartile"];

    protected override string KeyDescription => "measure and topic";

    protected override (object Key, string Column, string Value) KeyOf(LaitDictionaryEntry parsed) =>
        ((parsed.Key, parsed.Topic), "Measure_short", $"{parsed.Key} in {parsed.Topic}");

    private static string? Given(string text) => text.Length == 0 || text == "NA" ? null : text;

    protected override (LaitDictionaryEntry? Parsed, ImportError? Error) Parse(long row, Func<string, string> cell)
    {
        ImportError Error(string column, string reason) => new("", row, column, cell(column), reason);
        foreach (var column in new[] { "Measure_short", "Topic", "Measure" })
        {
            if (Given(cell(column)) is null)
            {
                return (null, Error(column, "every line of the dictionary needs it"));
            }
        }

        var polarity = Given(cell("Polarity"));
        if (polarity is not null && !Polarities.Contains(polarity, StringComparer.Ordinal))
        {
            return (null, Error("Polarity", "LAIT's polarity is High, Low, - or NA"));
        }

        int? decimals = null;
        if (Given(cell("dps")) is { } dps)
        {
            if (!int.TryParse(dps, NumberStyles.None, CultureInfo.InvariantCulture, out var places) || places > 6)
            {
                return (null, Error("dps", "decimal places are a whole number from 0 to 6, or NA"));
            }

            decimals = places;
        }

        var noQuartile = Given(cell("No_Quartile"));
        if (noQuartile is not null and not "N")
        {
            return (null, Error("No_Quartile", "LAIT writes N for a measure without quartile bands, else NA"));
        }

        return (
            new LaitDictionaryEntry
            {
                Key = cell("Measure_short"),
                Topic = cell("Topic"),
                Name = cell("Measure"),
                MeasureCode = Given(cell("Measure_code")),
                ChartTitle = Given(cell("Chart_title")),
                AxisName = Given(cell("y_axis_name")),
                Polarity = polarity,
                StateFunded = Given(cell("state_funded_flag")),
                Status = Given(cell("Table_status")),
                Description = Given(cell("Description")),
                LastUpdate = Given(cell("Last Update")),
                NextUpdate = Given(cell("Next Update")),
                Owner = Given(cell("Data Owner (DO) /Supplier and Contact Details")),
                Methodology = Given(cell("Methodology")),
                Links = Given(cell("Hyperlink(s)")),
                Decimals = decimals,
                YearType = Given(cell("Year_Type")) ?? "",
                NoQuartile = noQuartile,
            },
            null
        );
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
        var known = await db.LaitDictionary.ToDictionaryAsync(e => (e.Key, e.Topic), cancellationToken);
        long inserted = 0,
            updated = 0,
            unchanged = 0;
        foreach (var entry in Read(path).Select(r => r.Parsed!))
        {
            if (!known.Remove((entry.Key, entry.Topic), out var row))
            {
                entry.ImportRunId = importRunId;
                db.LaitDictionary.Add(entry);
                inserted++;
            }
            else if (Differs(row, entry))
            {
                entry.Id = row.Id;
                entry.ImportRunId = importRunId;
                db.Entry(row).CurrentValues.SetValues(entry);
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        db.LaitDictionary.RemoveRange(known.Values);
        await db.SaveChangesAsync(cancellationToken);
        return new BulkWriteCounts(inserted, updated + known.Count, unchanged);
    }

    private static bool Differs(LaitDictionaryEntry a, LaitDictionaryEntry b) =>
        (a.Name, a.MeasureCode, a.ChartTitle, a.AxisName, a.Polarity, a.StateFunded, a.Status, a.Description)
            != (b.Name, b.MeasureCode, b.ChartTitle, b.AxisName, b.Polarity, b.StateFunded, b.Status, b.Description)
        || (a.LastUpdate, a.NextUpdate, a.Owner, a.Methodology, a.Links, a.Decimals, a.YearType, a.NoQuartile)
            != (b.LastUpdate, b.NextUpdate, b.Owner, b.Methodology, b.Links, b.Decimals, b.YearType, b.NoQuartile);
}
