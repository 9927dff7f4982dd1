namespace Beacon.Domain.SectorLed;

/// <summary>
/// A return's deadline is a day in England: a return is on time until midnight at the end of that day, UK time
/// (GMT or BST), and late from then on.
/// </summary>
public static class SubmissionDeadline
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static bool IsLate(DateOnly deadline, DateTime submittedAtUtc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(submittedAtUtc, DateTimeKind.Utc), London)) > deadline;
}
