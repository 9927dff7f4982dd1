using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Beacon.Data;

/// <summary>
/// A decimal read back with no trailing zeros. PostgreSQL's numeric gives a value at its column's scale (46 comes
/// back as 46.00000000), where SQLite gives it as written; figures must read and print the same on both engines.
/// </summary>
public sealed class NormalisedDecimalConverter()
    : ValueConverter<decimal, decimal>(value => value, stored => stored / 1.0000000000000000000000000000m);
