using System.Globalization;
using Beacon.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Beacon.Web.Features.Shared;

/// <summary>
/// GOV.UK's date input (day, month and year boxes) read back into a date, with the pattern's messages: what is
/// missing, or that it must be a real date.
/// </summary>
public static class DateInput
{
    /// <param name="day">The day box as typed.</param>
    /// <param name="month">The month box as typed.</param>
    /// <param name="year">The year box as typed.</param>
    /// <param name="key">The day box's id, which the error summary links to; the others add -month and -year.</param>
    /// <param name="label">What the date is, as the message starts: "The date of the meeting".</param>
    public static Result<DateOnly> Read(string? day, string? month, string? year, string key, string label)
    {
        var missing = new[] { ("day", day), ("month", month), ("year", year) }
            .Where(p => string.IsNullOrWhiteSpace(p.Item2))
            .Select(p => p.Item1)
            .ToList();
        if (missing.Count == 3)
        {
            return Result.Failure(key, $"Enter {Lower(label)}");
        }

        if (missing.Count > 0)
        {
            return Result.Failure(key, $"{label} must include a {string.Join(" and ", missing)}");
        }

        return
            Number(day) is { } d
            && Number(month) is { } m
            && Number(year) is { } y and >= 1000 and <= 9999
            && m is >= 1 and <= 12
            && d >= 1
            && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : Result.Failure(key, $"{label} must be a real date");
    }

    /// <summary>
    /// The date input's own message (what is missing, or that it is not a real date) in place of the application's
    /// "Enter the date ...", which only knew the date was not given.
    /// </summary>
    public static void KeepDateProblem(this ModelStateDictionary modelState, Result<DateOnly> date)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (date.Succeeded)
        {
            return;
        }

        if (modelState.TryGetValue(date.Problem!.Code, out var entry))
        {
            entry.Errors.Clear();
        }

        modelState.AddProblem(date.Problem);
    }

    private static int? Number(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string Lower(string label) => char.ToLowerInvariant(label[0]) + label[1..];
}
