namespace Beacon.Domain.SocialCare;

/// <summary>A measure's children in one calendar month: how many met it of how many counted.</summary>
public sealed record MonthlyValue(DateOnly Month, int Count, int Of)
{
    public decimal? Percent => Of == 0 ? null : Math.Round(100m * Count / Of, 1, MidpointRounding.AwayFromZero);
}
