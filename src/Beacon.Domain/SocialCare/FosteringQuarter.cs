namespace Beacon.Domain.SocialCare;

/// <summary>A count with what it is of: an enquiry source, a panel recommendation, a reason a carer resigned.</summary>
public sealed record Counted(string What, int Count);

/// <summary>A priority of the fostering service's action plan with its progress this quarter.</summary>
public sealed record ActionPlanItem(string Priority, string Progress, string Lead, string? TargetDate);

/// <summary>
/// The fostering service's return for a quarter (seed 000, item 7.2): carers and households, the recruitment
/// funnel, panel activity, training delivered and the action plan.
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
    IReadOnlyList<ActionPlanItem> ActionPlan
)
{
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
    }
}
