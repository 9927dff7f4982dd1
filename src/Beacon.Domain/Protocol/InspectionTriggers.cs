namespace Beacon.Domain.Protocol;

/// <summary>A figure for the authority beside England's.</summary>
public sealed record Comparison(decimal? Authority, decimal? England);

/// <summary>An attainment or progress measure for the authority and England, this year and last.</summary>
public sealed record MeasureTrend(string Name, bool HigherIsBetter, Comparison ThisYear, Comparison LastYear);

/// <summary>The figures the inspection triggers are judged on, as at a date.</summary>
public sealed record TriggerFigures(
    Comparison PupilsInGoodOrBetterPercent,
    Comparison SchoolsInCategoryPercent,
    Comparison SchoolsNotGoodPercent,
    IReadOnlyList<MeasureTrend> Attainment,
    IReadOnlyList<MeasureTrend> Progress
);

/// <summary>A trigger as it applies: met, not met, or unknown for want of figures, with the figures behind it.</summary>
public sealed record TriggerResult(string Text, bool? Met, IReadOnlyList<string> Evidence);

/// <summary>
/// The triggers in paragraph 11 of Ofsted's framework for inspecting LA arrangements for supporting school
/// improvement (seed 000, item 6.1) that Beacon can judge from data. "Lower than found nationally" compares the
/// authority with England; a "weak trend" is an improvement on last year smaller than England's. Complaints to
/// Ofsted and the Secretary of State's requirement are not in any file, so they are left to officers.
/// </summary>
public static class InspectionTriggers
{
    public static IReadOnlyList<TriggerResult> Judge(TriggerFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return
        [
            Below(
                "The proportion of children who attend a good or better school is lower than that found nationally",
                "pupils in good or better schools",
                figures.PupilsInGoodOrBetterPercent
            ),
            Above(
                "A higher than average proportion of schools is in an Ofsted formal category of concern",
                "schools in a category of concern",
                figures.SchoolsInCategoryPercent
            ),
            Above(
                "A higher than average proportion of schools has not been judged good by Ofsted",
                "schools not judged good or better",
                figures.SchoolsNotGoodPercent
            ),
            Measures(
                "Attainment across the authority is lower than that found nationally, or its trend of improvement is weak",
                figures.Attainment
            ),
            Measures("Rates of progress are lower than those found nationally, or their trend of improvement is weak", figures.Progress),
        ];
    }

    private static TriggerResult Below(string text, string what, Comparison c) =>
        c is { Authority: { } a, England: { } e }
            ? new(text, a < e, [$"{what}: {a:0.0}% against {e:0.0}% in England"])
            : new(text, null, [$"{what}: not known ({Missing(c)})"]);

    private static TriggerResult Above(string text, string what, Comparison c) =>
        c is { Authority: { } a, England: { } e }
            ? new(text, a > e, [$"{what}: {a:0.0}% against {e:0.0}% in England"])
            : new(text, null, [$"{what}: not known ({Missing(c)})"]);

    private static string Missing(Comparison c) => c.Authority is null ? "no figure for the authority" : "no figure for England";

    private static TriggerResult Measures(string text, IReadOnlyList<MeasureTrend> measures)
    {
        var evidence = new List<string>();
        bool? met = null;
        foreach (var measure in measures)
        {
            var (judged, line) = Judge(measure);
            evidence.Add(line);
            met = judged switch
            {
                true => true,
                false when met is null => false,
                _ => met,
            };
        }

        return new(text, met, evidence.Count == 0 ? ["no measure loaded"] : evidence);
    }

    private static (bool? Met, string Evidence) Judge(MeasureTrend m)
    {
        if (m.ThisYear is not { Authority: { } a, England: { } e })
        {
            return (null, $"{m.Name}: not known this year");
        }

        var sign = m.HigherIsBetter ? 1 : -1;
        var below = sign * (a - e) < 0;
        var line = $"{m.Name}: {a:0.##} against {e:0.##} in England";
        if (m.LastYear is not { Authority: { } lastA, England: { } lastE })
        {
            return (below, line + "; no comparable figure last year, so no trend");
        }

        var change = sign * (a - lastA);
        var englandChange = sign * (e - lastE);
        var weak = change < englandChange;
        return (below || weak, line + $"; change on last year {a - lastA:+0.##;-0.##;0} against England's {e - lastE:+0.##;-0.##;0}");
    }
}
