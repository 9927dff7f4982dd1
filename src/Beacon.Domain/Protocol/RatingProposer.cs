namespace Beacon.Domain.Protocol;

/// <summary>A criterion as it applied to a school: met, not met, or unknown (no data, or no officer judgement yet), with the figures behind it.</summary>
public sealed record CriterionResult(Criterion Criterion, bool? Met, string Evidence);

/// <summary>Beacon's proposed rating with every criterion's result; no rating where nothing is known.</summary>
public sealed record RatingProposal(SchoolRating? Rating, IReadOnlyList<CriterionResult> Results)
{
    /// <summary>The criteria met, which are the proposal's reasons.</summary>
    public IEnumerable<CriterionResult> Reasons => Results.Where(r => r.Met == true);
}

/// <summary>
/// Rates each criterion, then the set: a decisive RED criterion, or two RED criteria, make RED; one makes
/// AMBER/RED. Otherwise a decisive AMBER criterion or two AMBER criteria make AMBER; one alone is AMBER, or
/// GREEN/AMBER where a GREEN criterion is met too. Otherwise any GREEN criterion makes GREEN. With none met,
/// Beacon proposes nothing and the officers decide. The appendix is "a guide and not a tick list": the
/// proposal is where the meeting starts, not what it must decide.
/// </summary>
public static class RatingProposer
{
    public static RatingProposal Propose(ProtocolVersion version, SchoolFacts facts)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(facts);
        var results = version.Criteria.Select(c => Evaluate(c, facts)).ToList();
        var met = results.Where(r => r.Met == true).Select(r => r.Criterion).ToList();
        var red = met.Where(c => c.Band == CriterionBand.Red).ToList();
        var amber = met.Where(c => c.Band == CriterionBand.Amber).ToList();
        var green = met.Where(c => c.Band == CriterionBand.Green).ToList();
        SchoolRating? rating =
            red.Any(c => c.Decisive) || red.Count >= 2 ? SchoolRating.Red
            : red.Count == 1 ? SchoolRating.AmberRed
            : amber.Any(c => c.Decisive) || amber.Count >= 2 ? SchoolRating.Amber
            : amber.Count == 1 ? (green.Count > 0 ? SchoolRating.GreenAmber : SchoolRating.Amber)
            : green.Count > 0 ? SchoolRating.Green
            : null;
        return new RatingProposal(rating, results);
    }

    public static CriterionResult Evaluate(Criterion criterion, SchoolFacts facts)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        ArgumentNullException.ThrowIfNull(facts);
        if (criterion.Check is null)
        {
            return facts.OfficerJudgements.TryGetValue(criterion.Code, out var judged)
                ? new CriterionResult(criterion, judged, judged ? "recorded by an officer" : "an officer recorded that it does not apply")
                : new CriterionResult(criterion, null, "no officer judgement recorded this term");
        }

        var monitoring = facts.MonitoringOutcomes;
        return criterion.Check switch
        {
            "in-ofsted-category" => Known(
                criterion,
                facts.LastGrade is not null || facts.CategoryOfConcern is not null,
                facts.CategoryOfConcern is not null,
                $"category of concern: {facts.CategoryOfConcern ?? "none"}"
            ),
            "last-inspection-requires-improvement" => Known(
                criterion,
                facts.LastGrade is not null,
                facts.LastGrade == 3,
                $"last graded inspection: grade {facts.LastGrade?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}"
            ),
            "last-inspection-good-or-better" => Known(
                criterion,
                facts.LastGrade is not null,
                facts.LastGrade <= 2,
                $"last graded inspection: grade {facts.LastGrade?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}"
            ),
            "monitoring-inadequate" => Known(
                criterion,
                monitoring.Count > 0,
                // Since 2015 Ofsted's letters say leaders are "not taking effective action" where they said "inadequate".
                monitoring.Count > 0
                    && (Says(monitoring[0], "inadequate") || Says(monitoring[0], "not taking effective action")),
                MonitoringEvidence(monitoring)
            ),
            "monitoring-two-satisfactory" => Known(
                criterion,
                monitoring.Count >= 2,
                monitoring.Count >= 2 && monitoring.Take(2).All(m => Says(m, "satisfactory") || Says(m, "requires improvement")),
                MonitoringEvidence(monitoring)
            ),
            "monitoring-satisfactory" => Known(
                criterion,
                monitoring.Count > 0,
                monitoring.Count > 0 && AtLeastSatisfactory(monitoring[0]),
                MonitoringEvidence(monitoring)
            ),
            "monitoring-good-progress" => Known(
                criterion,
                monitoring.Count > 0,
                monitoring.Count > 0 && Says(monitoring[0], "good"),
                MonitoringEvidence(monitoring)
            ),
            "below-floor" => Known(
                criterion,
                facts.BelowFloor is not null,
                facts.BelowFloor == true,
                facts.BelowFloor is null ? "floor standard not judged"
                    : facts.BelowFloor.Value ? "below the floor standard"
                    : "above the floor standard"
            ),
            "attainment-below-national" => Known(
                criterion,
                facts.PointsBelowNational is not null,
                facts.PointsBelowNational >= (criterion.Threshold ?? 0),
                facts.PointsBelowNational is { } gap
                    ? $"{gap:0.#} points below England (threshold {criterion.Threshold ?? 0:0.#})"
                    : "no attainment figure"
            ),
            "headteacher-change" => Known(
                criterion,
                facts.HeadteacherChanged is not null,
                facts.HeadteacherChanged == true,
                facts.HeadteacherChanged == true ? "headteacher changed" : "no change recorded"
            ),
            _ => throw new InvalidOperationException($"criterion {criterion.Code}: Beacon has no check called '{criterion.Check}'"),
        };
    }

    private static CriterionResult Known(Criterion criterion, bool known, bool met, string evidence) =>
        new(criterion, known ? met : null, evidence);

    /// <summary>
    /// "At least satisfactory": satisfactory or good progress, or (in Ofsted's wording since 2015) leaders taking
    /// effective action; never an inadequate outcome or one where leaders are not taking effective action.
    /// </summary>
    private static bool AtLeastSatisfactory(string outcome) =>
        !Says(outcome, "inadequate")
        && !Says(outcome, "not taking effective action")
        && (
            Says(outcome, "satisfactory")
            || Says(outcome, "requires improvement")
            || Says(outcome, "good")
            || Says(outcome, "taking effective action")
        );

    private static bool Says(string outcome, string word) => outcome.Contains(word, StringComparison.OrdinalIgnoreCase);

    private static string MonitoringEvidence(IReadOnlyList<string> outcomes) =>
        outcomes.Count == 0 ? "no monitoring visit" : "monitoring visits, latest first: " + string.Join("; ", outcomes.Take(2));
}
