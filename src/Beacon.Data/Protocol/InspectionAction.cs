using Beacon.Data.Audit;

namespace Beacon.Data.Protocol;

/// <summary>An action in the plan after an ineffective judgement, against the aspect it puts right.</summary>
[Audited("InspectionAction")]
public class InspectionAction
{
    public int Id { get; set; }

    /// <summary>1 to 9, the aspect of <c>SchoolImprovementAspects.All</c> it addresses.</summary>
    public int Aspect { get; set; }

    public string Action { get; set; } = "";

    public string Owner { get; set; } = "";

    public DateOnly DueOn { get; set; }

    public DateOnly? CompletedOn { get; set; }
}
