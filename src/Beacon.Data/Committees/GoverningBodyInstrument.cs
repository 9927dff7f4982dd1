using Beacon.Data.Audit;
using Beacon.Domain.Governance;

namespace Beacon.Data.Committees;

/// <summary>A governing body's instrument of government as proposed to the committee, counted by category of governor.</summary>
[Audited("InstrumentOfGovernment")]
public class GoverningBodyInstrument
{
    public int Id { get; set; }

    public string School { get; set; } = "";

    public int? SchoolUrn { get; set; }

    public SchoolCategory Category { get; set; }

    public int ParentGovernors { get; set; }

    public int LocalAuthorityGovernors { get; set; }

    public int StaffGovernors { get; set; }

    public int Headteacher { get; set; } = 1;

    public int CoOptedGovernors { get; set; }

    public int FoundationGovernors { get; set; }

    public int CoOptedWhoAreStaff { get; set; }

    public int ParentTermYears { get; set; } = 4;

    public DateOnly TakesEffect { get; set; }

    public string MadeBy { get; set; } = "";

    public InstrumentOfGovernment ToInstrument() =>
        new(
            School,
            Category,
            new Dictionary<GovernorCategory, int>
            {
                [GovernorCategory.Parent] = ParentGovernors,
                [GovernorCategory.LocalAuthority] = LocalAuthorityGovernors,
                [GovernorCategory.Staff] = StaffGovernors,
                [GovernorCategory.Headteacher] = Headteacher,
                [GovernorCategory.CoOpted] = CoOptedGovernors,
                [GovernorCategory.Foundation] = FoundationGovernors,
            },
            TakesEffect,
            ParentTermYears,
            CoOptedWhoAreStaff,
            HeadteacherResignedAsGovernor: Headteacher == 0
        );
}
