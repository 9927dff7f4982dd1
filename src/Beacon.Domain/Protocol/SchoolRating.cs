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

    /// <summary>Potentially vulnerable (Amber and its neighbours) or causing concern (Red and Red/Amber).</summary>
    public static bool IsCausingConcern(this SchoolRating rating) => rating >= SchoolRating.RedAmber;
}
