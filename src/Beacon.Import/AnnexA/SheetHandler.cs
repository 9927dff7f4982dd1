namespace Beacon.Import.AnnexA;

/// <summary>
/// What happens to one sheet's rows as they are read, so that a large extract is cleaned row by row rather than held
/// as text first: its header, then each row that has something in it, with its number in the file.
/// </summary>
internal abstract class SheetHandler
{
    public abstract void Header(string[] header);

    /// <summary>A row as the file has it, passed on unless every cell is blank, whether it came from a sheet or a CSV.</summary>
    public void Offer(long number, string[] cells)
    {
        if (Array.Exists(cells, c => !string.IsNullOrWhiteSpace(c)))
        {
            Row(number, cells);
        }
    }

    protected abstract void Row(long number, string[] cells);
}
