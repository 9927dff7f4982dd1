namespace Beacon.Data.Lait;

/// <summary>A geography of LAIT's data set as its file names it: number, name, and for an authority the region row it reports to.</summary>
public class LaitGeography
{
    public int Number { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The number of the region row (987 for an Inner London borough); null for England and the regions.</summary>
    public int? Region { get; set; }

    public long ImportRunId { get; set; }
}
