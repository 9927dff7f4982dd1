namespace Beacon.Import.AnnexA;

/// <summary>
/// What happens to one sheet's rows as they are read, so that a large extract is cleaned row by row rather than held
/// as text first: its header, then each row that has something in it, with its number in the file.
/// </summary>
internal abstract class SheetHandler
{
    private string[] _header = [];

    /// <summary>The sheet's header row, as the file has it.</summary>
    public void Begin(string[] header)
    {
        _header = header;
        Header(header);
    }

    protected abstract void Header(string[] header);

    /// <summary>
    /// A row as the file has it, checked against the bounds every cell keeps, and passed on unless every cell is
    /// blank, whether it came from a sheet or a CSV.
    /// </summary>
    public void Offer(long number, string[] cells)
    {
        Tabular.CellBounds.Check(number, _header, cells);
        if (Array.Exists(cells, c => !string.IsNullOrWhiteSpace(c)))
        {
            Row(number, cells);
        }
    }

    protected abstract void Row(long number, string[] cells);
}
