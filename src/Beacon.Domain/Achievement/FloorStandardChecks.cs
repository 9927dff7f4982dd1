namespace Beacon.Domain.Achievement;

/// <summary>What is wrong with a set of floor standards before an officer saves it, each naming the rule.</summary>
public static class FloorStandardChecks
{
    public static IEnumerable<string> Check(IReadOnlyList<FloorStandard?> standards, IReadOnlyList<AchievementMeasure> measures)
    {
        ArgumentNullException.ThrowIfNull(standards);
        ArgumentNullException.ThrowIfNull(measures);
        if (standards.Count == 0)
        {
            yield return "there must be at least one floor standard";
        }

        for (var i = 0; i < standards.Count; i++)
        {
            var name = $"floor standard {i + 1}";
            if (standards[i] is not { } standard || string.IsNullOrWhiteSpace(standard.KeyStage) || standard.Rule is null)
            {
                yield return $"{name}: needs a keyStage, from, to, description and rule";
                continue;
            }

            name += $" ({standard.KeyStage} {standard.From}-{standard.To})";
            if (standard.From > standard.To)
            {
                yield return $"{name}: from is after to";
            }

            if (string.IsNullOrWhiteSpace(standard.Description))
            {
                yield return $"{name}: needs a description";
            }

            var ofKeyStage = measures.Where(m => m.KeyStage == standard.KeyStage).Select(m => m.Code).ToHashSet(StringComparer.Ordinal);
            if (ofKeyStage.Count == 0)
            {
                yield return $"{name}: Beacon has no measures for key stage {standard.KeyStage}";
            }

            foreach (var problem in Conditions(standard.Rule, ofKeyStage))
            {
                yield return $"{name}: {problem}";
            }

            for (var j = 0; j < i; j++)
            {
                if (
                    standards[j] is { } earlier
                    && earlier.KeyStage == standard.KeyStage
                    && earlier.From <= standard.To
                    && standard.From <= earlier.To
                )
                {
                    yield return $"{name}: covers the same years as floor standard {j + 1}";
                }
            }
        }
    }

    private static IEnumerable<string> Conditions(FloorCondition condition, HashSet<string> measures)
    {
        var kinds = (condition.Measure is null ? 0 : 1) + (condition.All is null ? 0 : 1) + (condition.Any is null ? 0 : 1);
        if (kinds != 1)
        {
            yield return "each condition is one of a measure with below, all, or any";
            yield break;
        }

        if (condition.Measure is { } measure)
        {
            if (!measures.Contains(measure))
            {
                yield return $"{measure} is not a measure of this key stage";
            }

            if (condition.Below is null)
            {
                yield return $"{measure} needs a threshold (below)";
            }

            yield break;
        }

        var parts = condition.All ?? condition.Any!;
        if (parts.Count == 0)
        {
            yield return "all or any needs at least one condition";
        }

        foreach (var problem in parts.SelectMany(p => p is null ? ["a condition is empty"] : Conditions(p, measures)))
        {
            yield return problem;
        }
    }
}
