using Beacon.Data.Audit;
using Microsoft.AspNetCore.Identity;

namespace Beacon.Data.Accounts;

/// <summary>A person's Beacon account: an Identity user with what access decisions need.</summary>
[Audited("User")]
public class BeaconAccount : IdentityUser
{
    /// <summary>The name shown in the header and in the audit trail.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The authority or body the person belongs to (<see cref="Organisations.Organisation"/>): what they own is its.</summary>
    public int OrganisationId { get; set; } = Organisations.Organisation.Home;

    /// <summary>For a headteacher: the URN of the one school they may see.</summary>
    public int? SchoolUrn { get; set; }

    /// <summary>Granted one person at a time: may read items exempt under Schedule 12A.</summary>
    public bool MayReadExemptItems { get; set; }

    /// <summary>For a lead officer: the initials that mark their indicators and commentary (e.g. AMc).</summary>
    public string? LeadOfficerInitials { get; set; }

    /// <summary>When the password was last set by an administrator (UTC): the audit trail's record of a reset, since the hash itself is never copied there.</summary>
    public DateTime? PasswordSetAtUtc { get; set; }

    /// <summary>Turned off by an administrator: cannot sign in, and any session it has is ended.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>Created by demo mode; never present in a real deployment's data.</summary>
    public bool IsDemo { get; set; }
}
