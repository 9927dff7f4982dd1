using Beacon.Data.Audit;

namespace Beacon.Data.Schools;

/// <summary>
/// The floor standards as an officer saved them (JSON in the shipped file's form), with who, when and why. The
/// newest is in force; none saved means the shipped ones. Never changed once saved.
/// </summary>
[Audited("FloorStandardsVersion")]
public class FloorStandardsVersion
{
    public int Id { get; set; }

    public string Json { get; set; } = "";

    public string SavedBy { get; set; } = "";

    public DateTime SavedAtUtc { get; set; }

    public string Reason { get; set; } = "";
}
