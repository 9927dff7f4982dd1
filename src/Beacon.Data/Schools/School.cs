using Beacon.Data.Audit;

namespace Beacon.Data.Schools;

/// <summary>
/// A school on the register: its identity and type from Get Information about Schools or the performance
/// tables, and the links that keep an academy's history with the school it replaced.
/// </summary>
[Audited("School")]
public class School
{
    /// <summary>Unique reference number from Get Information About Schools.</summary>
    public int Urn { get; set; }

    /// <summary>The local authority code and establishment number together, e.g. 8762001; not in every file.</summary>
    public int? Laestab { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The three-digit (old) local authority code, e.g. 876; unknown until a register file gives it.</summary>
    public string? LaCode { get; set; }

    public string? LaName { get; set; }

    /// <summary>The first lines of the school's address, as the register gives them.</summary>
    public string? Street { get; set; }

    public string? Locality { get; set; }

    public string? Town { get; set; }

    public string? Postcode { get; set; }

    /// <summary>Nursery, Primary, Middle, Secondary, All-through, Special, PRU, 16 plus.</summary>
    public string Phase { get; set; } = "";

    /// <summary>As published, e.g. "Academy converter", "Community school", "Maintained school".</summary>
    public string? Type { get; set; }

    /// <summary>Open, Closed, Proposed to close...</summary>
    public string? Status { get; set; }

    public DateOnly? OpenDate { get; set; }

    public DateOnly? CloseDate { get; set; }

    public string? ReligiousCharacter { get; set; }

    public string? Gender { get; set; }

    public int? Pupils { get; set; }

    /// <summary>The school this one replaced (e.g. the maintained school before an academy conversion).</summary>
    public int? PredecessorUrn { get; set; }

    public int? SuccessorUrn { get; set; }

    /// <summary>The school improvement partner or link officer, by name.</summary>
    public string? LinkOfficer { get; set; }

    /// <summary>
    /// A fingerprint of the headteacher's name from the register, so that a change of headteacher is seen
    /// without Beacon keeping the name itself.
    /// </summary>
    public string? HeadteacherKey { get; set; }

    /// <summary>When an import first saw a different headteacher; none where no change has been seen.</summary>
    public DateOnly? HeadteacherChangedOn { get; set; }
}
