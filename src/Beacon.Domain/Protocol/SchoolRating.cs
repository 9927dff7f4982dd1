namespace Beacon.Domain.Protocol;

/// <summary>
/// The Support and Challenge Protocol's vulnerability ratings, from least to most vulnerable, including the
/// transitional ratings that show a school may move between bands in the next term or two.
/// </summary>
public enum SchoolRating
{
    Green,
    GreenAmber,
    AmberGreen,
    Amber,
    AmberRed,
    RedAmber,
    Red,
}

/// <summary>Ratings as the protocol writes them: GREEN, GREEN/AMBER, AMBER/RED and so on.</summary>
public static class SchoolRatings
{
    public static string Name(this SchoolRating rating) =>
        rating switch
        {
            SchoolRating.Green => "GREEN",
            SchoolRating.GreenAmber => "GREEN/AMBER",
            SchoolRating.AmberGreen => "AMBER/GREEN",
            SchoolRating.Amber => "AMBER",
            SchoolRating.AmberRed => "AMBER/RED",
            SchoolRating.RedAmber => "RED/AMBER",
            _ => "RED",
        };

    public static bool TryParse(string? text, out SchoolRating rating)
    {
        var key = (text ?? "").Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        foreach (var candidate in Enum.GetValues<SchoolRating>())
        {
            if (candidate.Name() == key)
            {
                rating = candidate;
                return true;
            }
        }

        rating = default;
        return false;
    }

    /// <summary>"Any school judged to be red will be a school causing concern" (000, item 6.2): RED alone.</summary>
    public static bool IsCausingConcern(this SchoolRating rating) => rating == SchoolRating.Red;

    /// <summary>
    /// "Any school judged to be amber or red/amber will be deemed as potentially vulnerable" (000, item 6.2): the
    /// ratings from AMBER/GREEN to RED/AMBER, each of which carries amber (decision 028).
    /// </summary>
    public static bool IsPotentiallyVulnerable(this SchoolRating rating) =>
        rating is >= SchoolRating.AmberGreen and <= SchoolRating.RedAmber;

    /// <summary>
    /// The Officer Group's "RAG rating of school = AMBER/RED or RED" (000, item 6.2, Appendix 1); RED/AMBER, between
    /// the two, needs one too. Below them, AMBER's Focus Group or a support plan will do.
    /// </summary>
    public static bool NeedsOfficerGroup(this SchoolRating rating) => rating >= SchoolRating.AmberRed;
}
