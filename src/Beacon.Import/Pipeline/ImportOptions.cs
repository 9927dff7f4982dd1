namespace Beacon.Import.Pipeline;

/// <summary>
/// Limits on imports, bound from the <c>Beacon:Import</c> section. Every reader keeps to them, so that no file can
/// take the server's memory or disk however it is made; each refusal names the setting.
/// </summary>
public sealed class ImportOptions
{
    public const string Section = "Beacon:Import";

    /// <summary>The largest file accepted, upload or command line; 100 MB unless configured.</summary>
    public long MaxFileBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>
    /// The most a zip (an XLSX workbook, or Annex A's zip of CSV files) may hold once inflated, all entries together;
    /// 512 MiB, several times a large authority's Annex A.
    /// </summary>
    public long MaxInflatedBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>The most entries a zip may hold.</summary>
    public int MaxZipEntries { get; set; } = 1000;

    /// <summary>The most distinct strings a workbook may share between its cells.</summary>
    public int MaxSharedStrings { get; set; } = 2_000_000;

    /// <summary>The longest cell, in characters: Excel's own limit.</summary>
    public int MaxFieldLength { get; set; } = 32_767;

    private static readonly AsyncLocal<ImportOptions?> InForce = new();

    // Never changed: only a configured instance is put in force.
    private static readonly ImportOptions Defaults = new();

    /// <summary>The limits of the import under way on this flow of work, or the defaults outside one.</summary>
    public static ImportOptions Current => InForce.Value ?? Defaults;

    /// <summary>Puts these limits in force for the readers an import calls, until disposed.</summary>
    public IDisposable Apply()
    {
        var before = InForce.Value;
        InForce.Value = this;
        return new Restore(before);
    }

    private sealed class Restore(ImportOptions? before) : IDisposable
    {
        public void Dispose() => InForce.Value = before;
    }
}
