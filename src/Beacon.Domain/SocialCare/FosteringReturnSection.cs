namespace Beacon.Domain.SocialCare;

/// <summary>How a field of the fostering return is typed on its form.</summary>
public enum FosteringFieldKind
{
    /// <summary>A whole number of zero or more.</summary>
    Count,

    /// <summary>A whole number that may be negative (a net change).</summary>
    Change,

    /// <summary>Pounds, to the penny.</summary>
    Money,

    /// <summary>Words, optional.</summary>
    Text,

    /// <summary>One "what: number" a line (enquiries by source, panel recommendations, resignations).</summary>
    CountedLines,

    /// <summary>One item a line (courses delivered).</summary>
    Lines,

    /// <summary>One priority a line: priority | progress | lead officer | target date.</summary>
    ActionLines,
}

/// <summary>A field of a section of the fostering return: its path in the return (<c>Staffing.Posts</c>), label and kind.</summary>
public sealed record FosteringField(string Path, string Label, FosteringFieldKind Kind, string? Hint = null);

/// <summary>A section of the Fostering Service Quarterly Report, filled in on a form of its own.</summary>
public sealed record FosteringReturnSection(string Slug, string Title, IReadOnlyList<FosteringField> Fields)
{
    /// <summary>The report's sections in the seed's order (000, item 7.2), each with the fields the report gives.</summary>
    public static IReadOnlyList<FosteringReturnSection> All { get; } =
    [
        new(
            "staffing",
            "Staffing",
            [
                new(
                    "Staffing.Posts",
                    "Posts in the fostering team",
                    FosteringFieldKind.Count,
                    "Team manager, practitioners and social workers."
                ),
                new("Staffing.Vacancies", "Posts vacant this quarter", FosteringFieldKind.Count),
                new("Staffing.AgencyWorkers", "Agency workers covering", FosteringFieldKind.Count),
                new(
                    "Staffing.Changes",
                    "Changes in staffing",
                    FosteringFieldKind.Text,
                    "Appointments, secondments, recruitment under way."
                ),
            ]
        ),
        new(
            "carers",
            "Carers and placements",
            [
                new("Carers", "Approved foster carers", FosteringFieldKind.Count),
                new("Households", "Approved fostering households", FosteringFieldKind.Count),
                new("HouseholdsOnHold", "Households unavailable or on hold", FosteringFieldKind.Count),
                new("ChildrenPlaced", "Children placed with the service's carers", FosteringFieldKind.Count),
                new(
                    "NetChangeInCarers",
                    "Net change in carers this quarter",
                    FosteringFieldKind.Change,
                    "A fall as a negative number, like -3."
                ),
            ]
        ),
        new(
            "recruitment",
            "Recruitment and assessment",
            [
                new(
                    "EnquiriesBySource",
                    "Initial enquiries by where people heard of the service",
                    FosteringFieldKind.CountedLines,
                    "One source a line with its number, like: Own volition: 9"
                ),
                new("InformationPacks", "Information packs sent", FosteringFieldKind.Count),
                new("InitialVisits", "Initial visits", FosteringFieldKind.Count),
                new("Proceeded", "Of these, proceeded", FosteringFieldKind.Count),
                new("PreparationGroupAttended", "Families who attended the preparation group", FosteringFieldKind.Count),
                new("WaitingForPreparationGroup", "Prospective carers waiting for a group", FosteringFieldKind.Count),
                new("AssessmentsInProgress", "Assessments in progress", FosteringFieldKind.Count),
                new("Approvals", "Approvals", FosteringFieldKind.Count),
            ]
        ),
        new(
            "training",
            "Training and post-approval support",
            [new("TrainingDelivered", "Courses delivered to carers this quarter", FosteringFieldKind.Lines, "One course a line.")]
        ),
        new(
            "supervision",
            "Supervision of carers",
            [
                new(
                    "Supervision.VisitedWithinSixWeeks",
                    "Carers visited by their supervising social worker within six weeks",
                    FosteringFieldKind.Count
                ),
                new(
                    "Supervision.SupervisedWithinThreeMonths",
                    "Carers given formal supervision within three months",
                    FosteringFieldKind.Count
                ),
                new("Supervision.Support", "Support groups and other support", FosteringFieldKind.Text),
            ]
        ),
        new(
            "panel",
            "Panel activity",
            [
                new("PanelMeetings", "Panel meetings this quarter", FosteringFieldKind.Count),
                new(
                    "PanelRecommendations",
                    "Recommendations to the agency decision maker",
                    FosteringFieldKind.CountedLines,
                    "One a line with its number, like: Foster carer approvals: 2"
                ),
                new(
                    "Resignations",
                    "Carers' resignations by reason",
                    FosteringFieldKind.CountedLines,
                    "One reason a line with its number, like: Retired: 2"
                ),
            ]
        ),
        new(
            "family-finding",
            "Family finding",
            [
                new(
                    "FamilyFinding.ChildrenNeedingLongTermPlacement",
                    "Children needing a long-term foster placement",
                    FosteringFieldKind.Count
                ),
                new("FamilyFinding.ChildrenMatched", "Children matched with long-term carers this quarter", FosteringFieldKind.Count),
                new("FamilyFinding.FamilyFindingMeetings", "Family finding meetings held", FosteringFieldKind.Count),
                new("FamilyFinding.ChildAppreciationDays", "Child appreciation days held", FosteringFieldKind.Count),
                new("FamilyFinding.Notes", "What family finding achieved", FosteringFieldKind.Text),
            ]
        ),
        new(
            "finance",
            "Financial state",
            [
                new("Finance.Budget", "Budget for the year", FosteringFieldKind.Money),
                new("Finance.ForecastOutturn", "Forecast outturn", FosteringFieldKind.Money),
                new("Finance.Commentary", "What explains the difference", FosteringFieldKind.Text),
            ]
        ),
        new(
            "action-plan",
            "Action plan",
            [
                new(
                    "ActionPlan",
                    "Priorities and progress this quarter",
                    FosteringFieldKind.ActionLines,
                    "One priority a line: priority | progress | lead officer | target date"
                ),
            ]
        ),
    ];

    public static FosteringReturnSection? Find(string? slug) => All.FirstOrDefault(s => s.Slug == slug);
}
