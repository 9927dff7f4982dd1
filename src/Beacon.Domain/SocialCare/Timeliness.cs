namespace Beacon.Domain.SocialCare;

/// <summary>One child's episode for a timeliness measure: when it started and, if it has, when it was completed.</summary>
public sealed record TimelinessCase(string ChildId, DateOnly? Start, DateOnly? Completed);

/// <summary>How one child's episode came out: counted within or outside its timescale, or left out with the reason.</summary>
public sealed record CaseOutcome(
    string ChildId,
    bool? Within,
    int? WorkingDays,
    int Timescale,
    string Note,
    bool OpenPastTimescale = false
);

/// <summary>A measure over the children it counts: how many were within timescale of how many completed, and each child's outcome.</summary>
public sealed record TimelinessResult(string Name, int Timescale, IReadOnlyList<CaseOutcome> Cases)
{
    public int Counted => Cases.Count(c => c.Within is not null);

    public int Within => Cases.Count(c => c.Within == true);

    /// <summary>Open episodes already past their timescale: not in the rate (DfE counts completed ones), but the ones to chase.</summary>
    public int OpenAndOverdue => Cases.Count(c => c.OpenPastTimescale);

    public decimal? Percent => Percentage.Of(Within, Counted);
}

/// <summary>
/// Timeliness in working days (weekends and English bank holidays not counted; the start day not counted, the
/// completion day counted): assessments completed within 45 working days, section 47 enquiries reaching an initial
/// child protection conference within 15. A child with a flexible timescale, or a conference date set under the
/// direction, is measured against it. A missing
/// start date, or a completion before the start, leaves the child out with the reason; an open episode is not
/// in the rate, and is flagged once its timescale has passed.
/// </summary>
public static class Timeliness
{
    public const int AssessmentDays = 45;

    public const int InitialConferenceDays = 15;

    public static TimelinessResult Measure(
        string name,
        int timescale,
        IEnumerable<TimelinessCase> cases,
        DateOnly today,
        IReadOnlyDictionary<string, FlexibleTimescale>? flexible = null
    )
    {
        ArgumentNullException.ThrowIfNull(cases);
        var outcomes = new List<CaseOutcome>();
        foreach (var c in cases)
        {
            var own = flexible?.GetValueOrDefault(c.ChildId);
            var days = own is not null && c.Start is { } from ? own.DaysFrom(from) : timescale;
            var whose = own is null ? "" : $" ({own.Describe()})";
            if (c.Start is not { } start)
            {
                outcomes.Add(new(c.ChildId, null, null, days, "left out: no start date"));
            }
            else if (c.Completed is not { } completed)
            {
                var due = WorkingDays.Add(start, days);
                outcomes.Add(
                    new(
                        c.ChildId,
                        null,
                        WorkingDays.Between(start, today),
                        days,
                        today > due ? $"open and past its timescale, due {due:yyyy-MM-dd}{whose}" : $"open, due {due:yyyy-MM-dd}{whose}",
                        today > due
                    )
                );
            }
            else if (completed < start)
            {
                outcomes.Add(
                    new(c.ChildId, null, null, days, $"left out: completed {completed:yyyy-MM-dd} before it started {start:yyyy-MM-dd}")
                );
            }
            else
            {
                var taken = WorkingDays.Between(start, completed);
                outcomes.Add(new(c.ChildId, taken <= days, taken, days, $"{taken} working days of {days}{whose}"));
            }
        }

        return new TimelinessResult(name, timescale, outcomes);
    }
}
