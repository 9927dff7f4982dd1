namespace Beacon.Domain.Benchmarking;

/// <summary>A figure as DfE published it: a value, or a symbol (c suppressed, x not available, ...) that is never a number.</summary>
public readonly record struct AuthorityFigure(decimal? Value, string? Symbol)
{
    public static AuthorityFigure Missing { get; } = new(null, null);

    public bool HasValue => Value is not null;

    public override string ToString() => Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Symbol ?? "";
}
