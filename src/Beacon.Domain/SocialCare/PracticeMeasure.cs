namespace Beacon.Domain.SocialCare;

/// <summary>
/// A child counted by a measure: whether they meet it (null where left out), and why; and, for a measure of events,
/// the day of the event that places the child in a month (the contact, the referral, the completed assessment); and,
/// for work still open past its timescale (an assessment, a visit), the day it was due: the ones to chase today.
/// </summary>
public sealed record MeasuredChild(string ChildId, bool? Meets, string Note, DateOnly? On = null, DateOnly? MissedDue = null);

/// <summary>A practice measure from the Annex A lists: how many children meet it, of how many counted, and each child behind it.</summary>
public sealed record PracticeMeasure(string Code, string Name, bool HigherIsBetter, IReadOnlyList<MeasuredChild> Children)
{
    public int Count => Children.Count(c => c.Meets == true);

    public int Of => Children.Count(c => c.Meets is not null);

    public decimal? Percent => Percentage.Of(Count, Of);
}
