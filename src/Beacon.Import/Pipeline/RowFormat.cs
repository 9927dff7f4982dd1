using Beacon.Data;
using Beacon.Data.Statistics;
using Beacon.Import.Tabular;

namespace Beacon.Import.Pipeline;

/// <summary>
/// A layout whose rows stand alone: named columns, each row parsed into one record or one located problem,
/// and no two rows with the same key. The finance and indicator-value imports share it.
/// </summary>
public abstract class RowFormat<T> : IImportFormat
    where T : class
{
    public abstract string Name { get; }

    public abstract string Dataset { get; }

    /// <summary>The columns every file must have; others are optional and read as empty when absent.</summary>
    protected abstract IReadOnlyList<string> RequiredColumns { get; }

    /// <summary>Reads one row through a cell accessor (by column name, trimmed): a record, or why not.</summary>
    protected abstract (T? Parsed, ImportError? Error) Parse(long row, Func<string, string> cell);

    /// <summary>What makes a row's key, in words: "indicator and quarter".</summary>
    protected abstract string KeyDescription { get; }

    /// <summary>What must be unique across the file, and the column and value to point at when it is not.</summary>
    protected abstract (object Key, string Column, string Value) KeyOf(T parsed);

    public abstract Task<BulkWriteCounts> WriteAsync(
        BeaconDbContext db,
        string path,
        long importRunId,
        IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken
    );

    public long Validate(string path, ImportErrors errors, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var seen = new Dictionary<object, long>();
        long rows = 0;
        foreach (var (row, parsed, error) in Read(path))
        {
            if (error is not null)
            {
                errors.Add(error.Row, error.Column, error.Value, error.Reason);
                if (error.Row <= 1)
                {
                    return rows;
                }
            }
            else
            {
                var (key, column, value) = KeyOf(parsed!);
                if (!seen.TryAdd(key, row))
                {
                    errors.Add(row, column, value, $"duplicate: the same {KeyDescription} as row {seen[key]}");
                }
            }

            rows++;
        }

        if (rows == 0 && !errors.Any)
        {
            errors.Add(0, null, null, "the file has a header but no data rows");
        }

        return rows;
    }

    /// <summary>Called as each reading of the file starts, for a layout whose rows refer to earlier ones to forget the last reading.</summary>
    protected virtual void BeginRead() { }

    /// <summary>How many title lines may stand above the header row; none unless a layout says so.</summary>
    protected virtual int TitleRows => 0;

    /// <summary>Each column's position by the name the layout reads it by (<see cref="ColumnName"/>), first of duplicates.</summary>
    private Dictionary<string, int> IndexOf(IReadOnlyList<string> header) =>
        HeaderNames(header)
            .Select((name, i) => (name, i))
            .GroupBy(c => c.name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);

    /// <summary>The name a header cell is known by; as written, unless a layout maps publishers' names onto its own.</summary>
    protected virtual string ColumnName(string header) => header;

    /// <summary>A row that is a publisher's note or section label, not data; none unless a layout has them.</summary>
    protected virtual bool IsNote(Func<string, string> cell) => false;

    /// <summary>The names of the header's cells in order; a layout whose publisher repeats a name can tell them apart by position.</summary>
    protected virtual IReadOnlyList<string> HeaderNames(IReadOnlyList<string> header) => header.Select(ColumnName).ToList();

    /// <summary>Every row, parsed or with its problem; a first item at row 0 or 1 means the file or header is unusable.</summary>
    protected IEnumerable<(long Row, T? Parsed, ImportError? Error)> Read(string path)
    {
        BeginRead();
        var opened = TabularReader.Open(path);
        if (!opened.Succeeded)
        {
            yield return (0, null, new ImportError("", 0, null, null, opened.Problem!.Message));
            yield break;
        }

        using var reader = opened.Value;
        var index = IndexOf(reader.Header);
        // Some publishers put a title line or two above the header: look a few rows down for it.
        for (var skipped = 0; skipped < TitleRows && RequiredColumns.Any(c => !index.ContainsKey(c)) && reader.Read(); skipped++)
        {
            reader.UseRowAsHeader();
            index = IndexOf(reader.Header);
        }

        if (RequiredColumns.FirstOrDefault(c => !index.ContainsKey(c)) is { } missing)
        {
            yield return (
                1,
                null,
                new ImportError("", 1, missing, null, $"required column is missing; the header needs: {string.Join(", ", RequiredColumns)}")
            );
            yield break;
        }

        while (reader.Read())
        {
            reader.CheckNoExtraCells();
            var cells = reader.Current;
            // A spreadsheet saved as CSV often ends with rows of empty cells; they hold nothing to read.
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            string Cell(string name) => index.TryGetValue(name, out var at) ? cells[at].Trim() : "";
            if (IsNote(Cell))
            {
                continue;
            }

            var (parsed, error) = Parse(reader.RowNumber, Cell);
            // A problem names the column as the file's header writes it, not as the layout reads it.
            if (error is { Column: { } column } && index.TryGetValue(column, out var position))
            {
                error = error with { Column = reader.Header[position] };
            }

            yield return (reader.RowNumber, parsed, error);
        }
    }
}
