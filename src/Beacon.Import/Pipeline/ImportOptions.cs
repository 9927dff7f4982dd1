namespace Beacon.Import.Pipeline;

/// <summary>Limits on imports. Bound from the <c>Beacon:Import</c> section.</summary>
public sealed class ImportOptions
{
    public const string Section = "Beacon:Import";

    /// <summary>The largest file accepted, upload or command line; 100 MB unless configured.</summary>
    public long MaxFileBytes { get; set; } = 100L * 1024 * 1024;
}
