using Beacon.Data.Audit;
using Beacon.Domain.Savings;

namespace Beacon.Data.Savings;

/// <summary>One of the authority's ratings of proposed savings, as data (Green realisable, Amber with risk, Red not proposed).</summary>
[Audited("SavingRating")]
public class SavingRatingDefinition
{
    public int Id { get; set; }

    public int Position { get; set; }

    public string Code { get; set; } = "";

    public string Meaning { get; set; } = "";

    public bool CountsAsProposed { get; set; }

    public SavingRating ToRating() => new(Code, Meaning, CountsAsProposed);

    /// <summary>The ratings as rows, in their order.</summary>
    public static IEnumerable<SavingRatingDefinition> From(IEnumerable<SavingRating> ratings) =>
        ratings.Select(
            (r, i) =>
                new SavingRatingDefinition
                {
                    Position = i + 1,
                    Code = r.Code,
                    Meaning = r.Meaning,
                    CountsAsProposed = r.CountsAsProposed,
                }
        );
}
