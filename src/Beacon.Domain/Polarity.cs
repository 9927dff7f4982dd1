namespace Beacon.Domain;

/// <summary>Which way is better for an indicator: a quarterly performance indicator or a benchmarking one alike.</summary>
public enum Polarity
{
    HigherIsBetter,
    LowerIsBetter,

    /// <summary>
    /// A contextual measure (say, a population or a rate of children looked after): it has no better or worse, so no
    /// direction of travel, no progress rating against target, no early warnings, and it is ranked lowest first.
    /// </summary>
    Neutral,
}

/// <summary>Polarity as officers and DfE's files write it.</summary>
public static class PolarityNames
{
    /// <summary>The words a file may use, for an error message.</summary>
    public const string Accepted = "HigherIsBetter, LowerIsBetter or Neutral (or None)";

    /// <summary>An enum name, case and spaces aside; "None", as LAIT's dictionary writes it, is Neutral.</summary>
    public static bool TryParse(string? text, out Polarity polarity)
    {
        var name = (text ?? "").Replace(" ", "", StringComparison.Ordinal);
        if (string.Equals(name, "None", StringComparison.OrdinalIgnoreCase))
        {
            polarity = Polarity.Neutral;
            return true;
        }

        return Enum.TryParse(name, ignoreCase: true, out polarity) && Enum.IsDefined(polarity) && !int.TryParse(name, out _);
    }
}
