namespace Beacon.Import.Pipeline;

/// <summary>
/// One thing wrong with an input file, located so a person can find and fix it.
/// Row 1 is the header; row 0 means the file as a whole.
/// </summary>
public sealed record ImportError(string File, long Row, string? Column, string? Value, string Reason)
{
    public override string ToString()
    {
        var where = Row == 0 ? File : $"{File}, row {Row}";
        if (Column is not null)
        {
            where += $", column '{Column}'";
        }

        if (Value is not null)
        {
            where += $", value '{Value}'";
        }

        return $"{where}: {Reason}";
    }
}
