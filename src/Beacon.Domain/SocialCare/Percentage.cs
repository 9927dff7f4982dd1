namespace Beacon.Domain.SocialCare;

/// <summary>How social care figures give a share: a percentage to one decimal place, halves rounded up, and none of nothing.</summary>
public static class Percentage
{
    public static decimal? Of(int count, int of) => of == 0 ? null : Math.Round(100m * count / of, 1, MidpointRounding.AwayFromZero);
}
