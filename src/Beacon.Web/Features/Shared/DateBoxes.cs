namespace Beacon.Web.Features.Shared;

/// <summary>One GOV.UK date input's three boxes as typed, for a page with more than one date.</summary>
public sealed class DateBoxes
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    /// <summary>The date, or the date input's own message under <paramref name="key"/>.</summary>
    public Beacon.Domain.Result<DateOnly> Read(string key, string label) => DateInput.Read(Day, Month, Year, key, label);

    /// <summary>The partial's model for these boxes, named <paramref name="names"/>Day and so on (<paramref name="key"/>.Day unless given).</summary>
    public DateInputField Field(string key, string legend, string? names = null, string hint = "For example, 1 10 2013") =>
        new(key, legend, Day, Month, Year, hint, names ?? key + ".");
}
