namespace Beacon.Web.Features.Shared;

/// <summary>What the date input partial shows: the day box's id (the others add -month and -year), the legend, and the boxes as typed.</summary>
public sealed record DateInputField(
    string Key,
    string Legend,
    string? Day,
    string? Month,
    string? Year,
    string Hint = "For example, 1 10 2013"
);
