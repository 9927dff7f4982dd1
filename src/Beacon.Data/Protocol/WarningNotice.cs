using Beacon.Data.Audit;
using Beacon.Domain.Audit;

namespace Beacon.Data.Protocol;

/// <summary>A Warning Notice to a school's governing body: the end of the support continuum.</summary>
[Audited("WarningNotice", AuditConfidentiality.SchoolRating)]
public class WarningNotice
{
    public int Id { get; set; }

    public int Urn { get; set; }

    public DateOnly IssuedOn { get; set; }

    public string Grounds { get; set; } = "";

    public DateOnly ResponseDue { get; set; }
}
