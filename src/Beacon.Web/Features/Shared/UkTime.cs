using System.Globalization;

namespace Beacon.Web.Features.Shared;

/// <summary>Times as people in England read them: UK local time (GMT or BST), not the UTC Beacon stores.</summary>
public static class UkTime
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>"20 June 2013 at 4:00pm" for 15:00 UTC in summer.</summary>
    public static string Format(DateTime utc) =>
        Local(utc)
            .ToString("d MMMM yyyy 'at' h:mmtt", CultureInfo.GetCultureInfo("en-GB"))
            .Replace("AM", "am", StringComparison.Ordinal)
            .Replace("PM", "pm", StringComparison.Ordinal);

    /// <summary>The UK date of a moment: "21 June 2013" for 23:30 UTC on 20 June, in summer.</summary>
    public static string Date(DateTime utc) => Local(utc).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    private static DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), London);
}
