using Beacon.Domain;

namespace Beacon.Import.Tabular;

/// <summary>
/// A table read one row at a time from a CSV or XLSX file: a header row, then data rows as text.
/// Row numbers are the file's own (the header is row 1) so that errors point where a person looks.
/// </summary>
public abstract class TabularReader : IDisposable
{
    /// <summary>The header row's cells, trimmed.</summary>
    public IReadOnlyList<string> Header { get; protected set; } = [];

    /// <summary>The current row's cells, as many as the header has.</summary>
    public string[] Current { get; protected set; } = [];

    /// <summary>The current row's number in the file.</summary>
    public long RowNumber { get; protected set; }

    /// <summary>Moves to the next data row; false at the end.</summary>
    public abstract bool Read();

    /// <summary>
    /// Opens a CSV or XLSX file (told apart by content, not by name) and reads its header.
    /// An empty file, or one that cannot be read as either, is a problem, not an exception.
    /// </summary>
    public static Result<TabularReader> Open(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return Result.Failure("not-found", "the file does not exist");
        }

        if (info.Length == 0)
        {
            return Result.Failure("empty", "the file is empty");
        }

        var isZip = IsZip(path);
        if (isZip && ZipBounds.Check(path).Problem is { } tooBig)
        {
            return tooBig;
        }

        var reader = isZip ? XlsxTabularReader.Open(path) : CsvTabularReader.Open(path);
        if (reader.Succeeded && reader.Value.Header.Count == 0)
        {
            reader.Value.Dispose();
            return Result.Failure("empty", "the file has no header row");
        }

        return reader;
    }

    // XLSX files are zip archives: they start with "PK".
    private static bool IsZip(string path)
    {
        Span<byte> start = stackalloc byte[2];
        using var stream = File.OpenRead(path);
        return stream.Read(start) == 2 && start[0] == (byte)'P' && start[1] == (byte)'K';
    }

    private string[] _unfitted = [];

    /// <summary>Makes the row just read the header, for files with a title line above their real header.</summary>
    public void UseRowAsHeader() => Header = _unfitted.Select(cell => cell.Trim()).ToArray();

    /// <summary>
    /// Refuses a row with a value past the header's last column, which would otherwise be dropped unseen. Called by
    /// readers once the header is settled (a title line above it is shorter than the rows).
    /// </summary>
    public void CheckNoExtraCells()
    {
        for (var i = Header.Count; i < _unfitted.Length; i++)
        {
            if (!string.IsNullOrWhiteSpace(_unfitted[i]))
            {
                throw CellBounds.ExtraCell(RowNumber, Header.Count, i, _unfitted[i]);
            }
        }
    }

    /// <summary>
    /// Checks the row's cells against the bounds every file keeps (<see cref="CellBounds"/>), then pads or trims it
    /// to the header's width, so that every reader sees rectangular data.
    /// </summary>
    protected string[] Fit(string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        CellBounds.Check(RowNumber, Header, cells);
        _unfitted = cells;
        if (cells.Length == Header.Count)
        {
            return cells;
        }

        var fitted = new string[Header.Count];
        Array.Fill(fitted, "");
        Array.Copy(cells, fitted, Math.Min(cells.Length, fitted.Length));
        return fitted;
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected abstract void Dispose(bool disposing);
}
