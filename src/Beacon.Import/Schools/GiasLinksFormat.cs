using System.Globalization;
using Beacon.Data;
using Beacon.Data.Schools;
using Beacon.Data.Statistics;
using Beacon.Import.Pipeline;

namespace Beacon.Import.Schools;

/// <summary>
/// Get Information about Schools' links file (URN, LinkURN, LinkType): which school each replaced or was replaced
/// by, so that an academy keeps the inspection history of the school it converted from. Other link types
/// (sixth-form centre links, federations) are read and left alone.
/// </summary>
public sealed class GiasLinksFormat : RowFormat<GiasLinksFormat.Link>
{
    public const string FormatName = "gias-links";

    public override string Name => FormatName;

    public override string Dataset => "gias-links";

    protected override IReadOnlyList<string> RequiredColumns { get; } = ["URN", "LinkURN", "LinkType"];

    protected override string KeyDescription => "URN, link and type";

    /// <summary>One link: the school and the other school, as its predecessor or successor (or neither).</summary>
    public sealed record Link(int Urn, int Other, string Type)
    {
        public bool IsPredecessor => Type.StartsWith("Predecessor", StringComparison.OrdinalIgnoreCase);

        public bool IsSuccessor => Type.StartsWith("Successor", StringComparison.OrdinalIgnoreCase);
    }

    protected override (object Key, string Column, string Value) KeyOf(Link parsed) =>
        ((parsed.Urn, parsed.Other, parsed.Type), "LinkURN", parsed.Other.ToString(CultureInfo.InvariantCulture));

    protected override (Link? Parsed, ImportError? Error) Parse(long row, Func<string, string> cell)
    {
        var urns = new int[2];
        string[] columns = ["URN", "LinkURN"];
        for (var i = 0; i < urns.Length; i++)
        {
            if (!Urns.TryParse(cell(columns[i]), out urns[i]))
            {
                return (null, new ImportError("", row, columns[i], cell(columns[i]), Urns.Problem));
            }
        }

        return (new Link(urns[0], urns[1], cell("LinkType")), null);
    }

    public override async Task<BulkWriteCounts> WriteAsync(
        BeaconDbContext db,
        string path,
        long importRunId,
        IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        var links = Read(path).Select(r => r.Parsed!).Where(l => l.IsPredecessor || l.IsSuccessor).ToList();
        var changed = await SchoolRegisterWriter.LinkAsync(
            db,
            links.Select(l => (l.Urn, l.IsPredecessor ? l.Other : (int?)null, l.IsSuccessor ? l.Other : (int?)null)),
            cancellationToken
        );
        progress?.Report(new ImportProgress("Writing", links.Count, links.Count));
        return new BulkWriteCounts(0, changed, links.Count - changed);
    }
}
