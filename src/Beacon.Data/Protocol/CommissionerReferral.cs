using Beacon.Data.Audit;
using Beacon.Domain.Audit;

namespace Beacon.Data.Protocol;

/// <summary>
/// An academy referred to the Regional Schools Commissioner: what the local authority does for an academy where it
/// would give a maintained school a Warning Notice.
/// </summary>
[Audited("CommissionerReferral", AuditConfidentiality.SchoolRating)]
public class CommissionerReferral
{
    public int Id { get; set; }

    public int Urn { get; set; }

    public DateOnly ReferredOn { get; set; }

    public string Grounds { get; set; } = "";
}
