using Beacon.Data.Audit;

namespace Beacon.Data.SocialCare;

/// <summary>The fostering service's return for a quarter, as the JSON it was loaded from; a new load of the same quarter replaces it.</summary>
[Audited("FosteringReturn")]
public class FosteringReturn
{
    public int Id { get; set; }

    /// <summary>The financial quarter, e.g. <c>2013-Q1</c>.</summary>
    public string Quarter { get; set; } = "";

    public string Json { get; set; } = "";
}
