namespace Beacon.Domain.Periods;

/// <summary>
/// A term of an academic year. Its dates are nominal (autumn to December, spring to March, summer to
/// August): term dates differ between authorities and years, and Beacon only needs to place a date in a term.
/// </summary>
public readonly record struct AcademicTerm(AcademicYear Year, Term Term)
{
    public DateOnly FirstDay =>
        Term switch
        {
            Term.Autumn => Year.FirstDay,
            Term.Spring => new(Year.StartYear + 1, 1, 1),
            _ => new(Year.StartYear + 1, 4, 1),
        };

    public DateOnly LastDay =>
        Term switch
        {
            Term.Autumn => new(Year.StartYear, 12, 31),
            Term.Spring => new(Year.StartYear + 1, 3, 31),
            _ => Year.LastDay,
        };

    public AcademicTerm SamePeriodLastYear => new(Year.SamePeriodLastYear, Term);

    public AcademicTerm Next => Term == Term.Summer ? new(new AcademicYear(Year.StartYear + 1), Term.Autumn) : new(Year, Term + 1);

    public static AcademicTerm Of(DateOnly date) =>
        new(
            AcademicYear.Of(date),
            date.Month switch
            {
                >= 9 => Term.Autumn,
                <= 3 => Term.Spring,
                _ => Term.Summer,
            }
        );

    /// <summary><c>Autumn 2013/14</c>.</summary>
    public override string ToString() => $"{Term} {Year}";
}
