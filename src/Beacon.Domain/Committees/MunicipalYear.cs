namespace Beacon.Domain.Committees;

/// <summary>
/// A council's municipal year, from its annual meeting in May to the next: committees number their minutes
/// across it ("Minute No. 42 refers") and plan their work programmes by it.
/// </summary>
public readonly record struct MunicipalYear(int StartYear)
{
    public static MunicipalYear Of(DateOnly date) => new(date.Month >= 5 ? date.Year : date.Year - 1);

    public DateOnly FirstDay => new(StartYear, 5, 1);

    public override string ToString() => FormattableString.Invariant($"{StartYear}/{(StartYear + 1) % 100:D2}");
}
