namespace Beacon.Domain.SocialCare;

/// <summary>A measure's children in one calendar month: how many met it of how many counted.</summary>
public sealed record MonthlyValue(DateOnly Month, int Count, int Of)
{
    public decimal? Percent => Percentage.Of(Count, Of);
}
