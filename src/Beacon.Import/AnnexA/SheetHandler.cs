namespace Beacon.Import.AnnexA;

/// <summary>
/// What happens to one sheet's rows as they are read, so that a large extract is cleaned row by row rather than held
/// as text first: its header, then each row that has something in it, with its number in the file.
/// </summary>
internal abstract class SheetHandler
{
    public abstract void Header(string[] header);

    public abstract void Row(long number, string[] cells);
}
