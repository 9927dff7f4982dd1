namespace Beacon.Import.Pipeline;

/// <summary>The errors found in one file: the first <see cref="Limit"/> kept in full, the rest only counted.</summary>
public sealed class ImportErrors(string file)
{
    /// <summary>How many errors are kept with their details.</summary>
    public const int Limit = 1000;

    private readonly List<ImportError> _kept = [];

    public string File { get; } = file;

    /// <summary>The first errors found, in file order.</summary>
    public IReadOnlyList<ImportError> Kept => _kept;

    /// <summary>Every error found, including those past the limit.</summary>
    public long Total { get; private set; }

    public bool Any => Total > 0;

    /// <summary>Rows with at least one error.</summary>
    public long RejectedRows { get; private set; }

    private long _lastRejectedRow = -1;

    public void Add(long row, string? column, string? value, string reason)
    {
        Total++;
        if (row != _lastRejectedRow && row > 1)
        {
            RejectedRows++;
            _lastRejectedRow = row;
        }

        if (_kept.Count < Limit)
        {
            _kept.Add(new ImportError(File, row, column, value, reason));
        }
    }
}
