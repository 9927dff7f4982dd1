namespace Beacon.Import.Tabular;

/// <summary>
/// A cell no import can take (too long, or holding a control character), found while reading: the whole file is
/// refused, and the report names the row, column and value.
/// </summary>
public sealed class CellProblemException(long row, string column, string value, string reason)
    : Exception($"row {row}, column '{column}': {reason}")
{
    public long Row { get; } = row;

    public string Column { get; } = column;

    /// <summary>The value as a report can show it: cut short, with control characters written as escapes.</summary>
    public string Value { get; } = value;

    public string Reason { get; } = reason;
}
