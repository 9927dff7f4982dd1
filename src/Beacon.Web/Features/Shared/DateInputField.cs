namespace Beacon.Web.Features.Shared;

/// <summary>
/// What the date input partial shows: the day box's id (the others add -month and -year), the legend, the boxes as
/// typed, and the prefix of the boxes' names where a page has several dates ("DueOn." binds DueOn.Day and so on).
/// </summary>
public sealed record DateInputField(
    string Key,
    string Legend,
    string? Day,
    string? Month,
    string? Year,
    string Hint = "For example, 1 10 2013",
    string Names = ""
);
