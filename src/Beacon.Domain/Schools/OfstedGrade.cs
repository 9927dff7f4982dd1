namespace Beacon.Domain.Schools;

/// <summary>Overall effectiveness on Ofsted's 4-point scale (to November 2025). Requires improvement was "Satisfactory" before September 2012.</summary>
public enum OfstedGrade
{
    Outstanding = 1,
    Good = 2,
    RequiresImprovement = 3,
    Inadequate = 4,
}

/// <summary>Reading and naming 4-point grades as the files and the reports write them.</summary>
public static class OfstedGrades
{
    /// <summary>
    /// A grade from a number (1-4) or its name, in any case and spacing: "Requires Improvement", "Satisfactory"
    /// (the old name of grade 3), "Special Measures" and "Serious Weaknesses" (both Inadequate).
    /// </summary>
    public static bool TryParse(string? text, out OfstedGrade grade)
    {
        var key = (text ?? "").Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        OfstedGrade? parsed = key switch
        {
            "1" or "OUTSTANDING" => OfstedGrade.Outstanding,
            "2" or "GOOD" => OfstedGrade.Good,
            "3" or "REQUIRESIMPROVEMENT" or "SATISFACTORY" => OfstedGrade.RequiresImprovement,
            "4" or "INADEQUATE" or "SPECIALMEASURES" or "SERIOUSWEAKNESSES" => OfstedGrade.Inadequate,
            _ => null,
        };
        grade = parsed ?? default;
        return parsed is not null;
    }

    public static string Name(this OfstedGrade grade) =>
        grade switch
        {
            OfstedGrade.Outstanding => "Outstanding",
            OfstedGrade.Good => "Good",
            OfstedGrade.RequiresImprovement => "Requires improvement",
            _ => "Inadequate",
        };

    public static bool IsGoodOrBetter(this OfstedGrade grade) => grade <= OfstedGrade.Good;
}
