namespace Beacon.Domain.Lait;

/// <summary>
/// Which statistical neighbours a view averages. LAIT uses one model for every year; Beacon's own profiles use the
/// model in force for each year (the April 2021 model before 2025, the May 2025 one from then). <see cref="Model"/>
/// is the model's first year, or null for Beacon's by-year choice.
/// </summary>
public sealed record LaitGrouping(int? Model)
{
    public static LaitGrouping ByYear { get; } = new((int?)null);

    public bool IsByYear => Model is null;

    /// <summary>How the grouping is named in a query string: the model's year, or <c>by-year</c>.</summary>
    public string Slug => Model?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "by-year";

    public string Describe() =>
        Model switch
        {
            null => "Beacon's choice: each year's statistical neighbours from the model in force that year",
            2021 => "LAIT's method with the April 2021 statistical neighbour model, for every year",
            2025 => "LAIT's method with the May 2025 statistical neighbour model, for every year",
            var m => $"LAIT's method with the {m} statistical neighbour model, for every year",
        };

    public static LaitGrouping Parse(string? slug) =>
        int.TryParse(slug, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var model)
            ? new LaitGrouping(model)
            : ByYear;
}
