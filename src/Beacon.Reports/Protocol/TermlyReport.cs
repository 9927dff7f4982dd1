using Beacon.Domain.Protocol;

namespace Beacon.Reports.Protocol;

/// <summary>A school in the exempt appendix: its rating last term and this, the reason recorded, and the latest progress its support group found.</summary>
public sealed record TermlySchool(
    int Urn,
    string Name,
    SchoolRating? LastTerm,
    SchoolRating ThisTerm,
    string? Reason,
    string? Progress = null
);

/// <summary>
/// The termly categorisation report for the committee: counts by rating this term and last, movement between
/// them, and the number of schools causing concern. The schools themselves are in an exempt appendix (Schedule
/// 12A, paragraph 1 information about particular schools' staff and pupils is often involved), kept apart so
/// that the public part can be published.
/// </summary>
public sealed record TermlyReport(
    string Authority,
    string Term,
    string? LastTerm,
    IReadOnlyDictionary<SchoolRating, int> Counts,
    IReadOnlyDictionary<SchoolRating, int> LastCounts,
    int Improved,
    int Declined,
    int Unchanged,
    IReadOnlyList<TermlySchool> Appendix,
    IReadOnlyList<string>? UndecidedSchools = null
)
{
    /// <summary>The schools in the review's scope with no decision: reported as undecided, counted in no rating.</summary>
    public IReadOnlyList<string> Undecided => UndecidedSchools ?? [];

    /// <summary>The report's sentence on undecided schools; none when every school was decided.</summary>
    public string? UndecidedNote =>
        Undecided.Count == 0
            ? null
            : $"{Undecided.Count} {(Undecided.Count == 1 ? "school was" : "schools were")} not decided at this review and {(Undecided.Count == 1 ? "is" : "are")} counted in no rating: {string.Join(", ", Undecided)}.";

    public int CausingConcern => Counts.Where(c => c.Key.IsCausingConcern()).Sum(c => c.Value);

    public int? LastCausingConcern => LastTerm is null ? null : LastCounts.Where(c => c.Key.IsCausingConcern()).Sum(c => c.Value);

    /// <summary>The committee's sentence on the list of schools causing concern.</summary>
    public string ConcernTrend =>
        LastCausingConcern switch
        {
            null =>
                $"{CausingConcern} {(CausingConcern == 1 ? "school is" : "schools are")} on the authority's list of schools causing concern (RED).",
            var last when CausingConcern < last =>
                $"The number of schools on the authority's list of schools causing concern is reducing: {CausingConcern}, from {last} last term.",
            var last when CausingConcern > last =>
                $"The number of schools on the authority's list of schools causing concern has risen: {CausingConcern}, from {last} last term.",
            var last => $"The number of schools on the authority's list of schools causing concern is unchanged at {last}.",
        };
}
