using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Beacon.Web.Features.Shared;

/// <summary>One GOV.UK date input's three boxes as typed, for a page with more than one date.</summary>
public sealed class DateBoxes
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    /// <summary>
    /// A form's optional date: none where the boxes are empty, else the date, or null with the date input's message
    /// on the model state (so a rule that the date is required does not also speak: the first message stands).
    /// </summary>
    public DateOnly? Optional(ModelStateDictionary modelState, string key, string label)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (IsEmpty)
        {
            return null;
        }

        var read = Read(key, label);
        if (!read.Succeeded)
        {
            modelState.AddProblem(read.Problem!);
            return null;
        }

        return read.Value;
    }

    /// <summary>
    /// A filter's date: the boxes as typed, else the date a link gave (<paramref name="linked"/>), else the fallback;
    /// boxes that do not make a date say so and the fallback is shown. The boxes then show the date used.
    /// </summary>
    public DateOnly Filter(DateOnly? linked, DateOnly fallback, ModelStateDictionary modelState, string key, string label)
    {
        var date = Optional(modelState, key, label) ?? (IsEmpty ? linked : null) ?? fallback;
        if (IsEmpty)
        {
            Day = date.Day.ToString(CultureInfo.InvariantCulture);
            Month = date.Month.ToString(CultureInfo.InvariantCulture);
            Year = date.Year.ToString(CultureInfo.InvariantCulture);
        }

        return date;
    }

    /// <summary>The date, or the date input's own message under <paramref name="key"/>.</summary>
    public Beacon.Domain.Result<DateOnly> Read(string key, string label) => DateInput.Read(Day, Month, Year, key, label);

    /// <summary>The partial's model for these boxes, named <paramref name="names"/>Day and so on (<paramref name="key"/>.Day unless given).</summary>
    public DateInputField Field(string key, string legend, string? names = null, string hint = "For example, 1 10 2013") =>
        new(key, legend, Day, Month, Year, hint, names ?? key + ".");
}
