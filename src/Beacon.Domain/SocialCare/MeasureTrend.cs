namespace Beacon.Domain.SocialCare;

/// <summary>
/// A measure's trend inside one extract: its children counted in the month of their event (the contact, the
/// referral, the completed assessment), month by month. A measure taken at a point in time (children on a plan
/// visited lately, care leavers in touch) has no events to place, so no monthly trend.
/// </summary>
public static class MeasureTrend
{
    public const int Months = 6;

    /// <summary>The months up to and including the one <paramref name="last"/> falls in, oldest first; empty for a point-in-time measure.</summary>
    public static IReadOnlyList<MonthlyValue> Monthly(PracticeMeasure measure, DateOnly last, int months = Months)
    {
        ArgumentNullException.ThrowIfNull(measure);
        if (measure.Children.All(c => c.On is null))
        {
            return [];
        }

        var end = new DateOnly(last.Year, last.Month, 1);
        return Enumerable
            .Range(0, months)
            .Select(i => end.AddMonths(i - months + 1))
            .Select(month =>
            {
                var inMonth = measure
                    .Children.Where(c => c.On is { } on && on.Year == month.Year && on.Month == month.Month && c.Meets is not null)
                    .ToList();
                return new MonthlyValue(month, inMonth.Count(c => c.Meets == true), inMonth.Count);
            })
            .ToList();
    }

    /// <summary>The newest event date among the measures' children: where an extract's months end.</summary>
    public static DateOnly? LatestEvent(IEnumerable<PracticeMeasure> measures, DateOnly notAfter)
    {
        ArgumentNullException.ThrowIfNull(measures);
        return measures.SelectMany(m => m.Children).Select(c => c.On).Where(d => d <= notAfter).Max();
    }
}
