namespace Beacon.Domain.SocialCare;

/// <summary>A child counted by a measure: whether they meet it (null where left out), and why.</summary>
public sealed record MeasuredChild(string ChildId, bool? Meets, string Note);

/// <summary>A practice measure from the Annex A lists: how many children meet it, of how many counted, and each child behind it.</summary>
public sealed record PracticeMeasure(string Code, string Name, bool HigherIsBetter, IReadOnlyList<MeasuredChild> Children)
{
    public int Count => Children.Count(c => c.Meets == true);

    public int Of => Children.Count(c => c.Meets is not null);

    public decimal? Percent => Of == 0 ? null : Math.Round(100m * Count / Of, 1, MidpointRounding.AwayFromZero);
}
