namespace Beacon.Domain.SocialCare;

/// <summary>A count with what it is of: an enquiry source, a panel recommendation, a reason a carer resigned.</summary>
public sealed record Counted(string What, int Count);

/// <summary>A priority of the fostering service's action plan with its progress this quarter.</summary>
public sealed record ActionPlanItem(string Priority, string Progress, string Lead, string? TargetDate);

/// <summary>The fostering team's posts this quarter: the establishment, how many are vacant, and agency workers covering.</summary>
public sealed record FosteringStaffing(int Posts, int Vacancies, int AgencyWorkers, string? Changes = null);

/// <summary>
/// Supervision of carers this quarter: how many were visited by their supervising social worker within six weeks
/// and had formal supervision within three months, as the service's standard asks for every carer.
/// </summary>
public sealed record FosteringSupervision(int VisitedWithinSixWeeks, int SupervisedWithinThreeMonths, string? Support = null);

/// <summary>Family finding for children needing long-term foster placements this quarter.</summary>
public sealed record FamilyFinding(
    int ChildrenNeedingLongTermPlacement,
    int ChildrenMatched,
    int FamilyFindingMeetings,
    int ChildAppreciationDays,
    string? Notes = null
);

/// <summary>
/// The financial state of the service (National Minimum Standard 25.7): the year's budget, the forecast outturn
/// and what explains the difference, in pounds.
/// </summary>
public sealed record FosteringFinance(decimal Budget, decimal ForecastOutturn, string? Commentary = null)
{
    /// <summary>Forecast over budget (positive) or under it (negative).</summary>
    public decimal Variance => ForecastOutturn - Budget;
}

/// <summary>
/// The fostering service's return for a quarter (seed 000, item 7.2): carers and households, the recruitment
/// funnel, panel activity, training delivered, staffing, supervision, family finding, the financial state and
/// the action plan. The later sections are absent from returns that did not give them.
/// </summary>
public sealed record FosteringQuarter(
    string Quarter,
    int Carers,
    int Households,
    int HouseholdsOnHold,
    int ChildrenPlaced,
    int NetChangeInCarers,
    IReadOnlyList<Counted> EnquiriesBySource,
    int InformationPacks,
    int InitialVisits,
    int Proceeded,
    int PreparationGroupAttended,
    int WaitingForPreparationGroup,
    int AssessmentsInProgress,
    int Approvals,
    IReadOnlyList<Counted> Resignations,
    int PanelMeetings,
    IReadOnlyList<Counted> PanelRecommendations,
    IReadOnlyList<string> TrainingDelivered,
    IReadOnlyList<ActionPlanItem> ActionPlan,
    FosteringStaffing? Staffing = null,
    FosteringSupervision? Supervision = null,
    FamilyFinding? FamilyFinding = null,
    FosteringFinance? Finance = null
)
{
    /// <summary>A quarter with nothing given yet, for a return begun on Beacon's forms.</summary>
    public static FosteringQuarter Empty(string quarter) => new(quarter, 0, 0, 0, 0, 0, [], 0, 0, 0, 0, 0, 0, 0, [], 0, [], [], []);

    public int Enquiries => EnquiriesBySource.Sum(e => e.Count);

    /// <summary>What is wrong with the return, if anything: counts cannot be negative, and visits cannot exceed enquiries.</summary>
    public IEnumerable<string> Problems()
    {
        var counts = new (string Name, int Value)[]
        {
            (nameof(Carers), Carers),
            (nameof(Households), Households),
            (nameof(HouseholdsOnHold), HouseholdsOnHold),
            (nameof(ChildrenPlaced), ChildrenPlaced),
            (nameof(InformationPacks), InformationPacks),
            (nameof(InitialVisits), InitialVisits),
            (nameof(Proceeded), Proceeded),
            (nameof(Approvals), Approvals),
            (nameof(PanelMeetings), PanelMeetings),
            ("Staffing.Posts", Staffing?.Posts ?? 0),
            ("Staffing.Vacancies", Staffing?.Vacancies ?? 0),
            ("Staffing.AgencyWorkers", Staffing?.AgencyWorkers ?? 0),
            ("Supervision.VisitedWithinSixWeeks", Supervision?.VisitedWithinSixWeeks ?? 0),
            ("Supervision.SupervisedWithinThreeMonths", Supervision?.SupervisedWithinThreeMonths ?? 0),
            ("FamilyFinding.ChildrenNeedingLongTermPlacement", FamilyFinding?.ChildrenNeedingLongTermPlacement ?? 0),
            ("FamilyFinding.ChildrenMatched", FamilyFinding?.ChildrenMatched ?? 0),
            ("FamilyFinding.FamilyFindingMeetings", FamilyFinding?.FamilyFindingMeetings ?? 0),
            ("FamilyFinding.ChildAppreciationDays", FamilyFinding?.ChildAppreciationDays ?? 0),
        };
        foreach (var (name, value) in counts.Where(c => c.Value < 0))
        {
            yield return $"{name}: {value} is negative";
        }

        if (HouseholdsOnHold > Households)
        {
            yield return $"HouseholdsOnHold: {HouseholdsOnHold} is more than the {Households} households";
        }

        if (Proceeded > InitialVisits)
        {
            yield return $"Proceeded: {Proceeded} is more than the {InitialVisits} initial visits";
        }

        if (Staffing is { } staffing && staffing.Vacancies > staffing.Posts)
        {
            yield return $"Staffing.Vacancies: {staffing.Vacancies} is more than the {staffing.Posts} posts";
        }

        // Supervision is counted in carers: no more of them than the service has.
        foreach (var (name, value) in counts.Where(c => c.Name.StartsWith("Supervision.", StringComparison.Ordinal) && c.Value > Carers))
        {
            yield return $"{name}: {value} is more than the {Carers} carers";
        }

        if (Finance is { Budget: < 0 } or { ForecastOutturn: < 0 })
        {
            yield return "Finance.Budget: the budget and forecast cannot be negative";
        }
    }
}
