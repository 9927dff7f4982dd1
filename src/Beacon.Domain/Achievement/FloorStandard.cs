namespace Beacon.Domain.Achievement;

/// <summary>
/// A floor standard for a key stage and a run of years, as a rule over a school's measures: a measure below a
/// threshold, or all or any of several such conditions. Rules are data (achievement-measures.json), since DfE
/// changed them from year to year.
/// </summary>
public sealed record FloorStandard(string KeyStage, int From, int To, string Description, FloorCondition Rule)
{
    public bool AppliesTo(string keyStage, int year) => KeyStage == keyStage && year >= From && year <= To;
}

/// <summary>One condition: a measure below a threshold, or all or any of other conditions.</summary>
public sealed record FloorCondition(string? Measure, decimal? Below, IReadOnlyList<FloorCondition>? All, IReadOnlyList<FloorCondition>? Any)
{
    /// <summary>Every measure the condition reads.</summary>
    public IEnumerable<string> Measures => Measure is not null ? [Measure] : (All ?? Any ?? []).SelectMany(c => c.Measures);

    /// <summary>
    /// True where the school is below the floor, false where it is not, and none where a missing or suppressed
    /// figure leaves it undecided (three-valued: one false in "all", or one true in "any", still decides).
    /// </summary>
    public bool? IsMet(IReadOnlyDictionary<string, decimal> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        if (Measure is not null)
        {
            return figures.TryGetValue(Measure, out var value) ? value < Below : null;
        }

        var parts = (All ?? Any ?? []).Select(c => c.IsMet(figures)).ToList();
        if (All is not null)
        {
            return parts.Contains(false) ? false
                : parts.Contains(null) ? null
                : true;
        }

        return parts.Contains(true) ? true
            : parts.Contains(null) ? null
            : false;
    }
}
