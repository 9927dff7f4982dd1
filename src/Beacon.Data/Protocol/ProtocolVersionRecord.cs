using Beacon.Data.Audit;

namespace Beacon.Data.Protocol;

/// <summary>
/// A saved version of the protocol's criteria (JSON in the shipped layout). Versions are never changed: an
/// administrator's edit saves the next version, so a closed review can always show the criteria it used.
/// </summary>
[Audited("ProtocolVersion")]
public class ProtocolVersionRecord
{
    public int Id { get; set; }

    public int Version { get; set; }

    public DateOnly InForceFrom { get; set; }

    public string Title { get; set; } = "";

    public string Json { get; set; } = "";

    public string SavedBy { get; set; } = "";

    public DateTime SavedAtUtc { get; set; }
}
