namespace Beacon.Data.Benchmarking;

/// <summary>One of an authority's ten statistical neighbours in a DfE model, by old three-digit codes, with its closeness.</summary>
public class StatisticalNeighbour
{
    public long Id { get; set; }

    /// <summary>The model's name, e.g. <c>2025</c> or <c>2021</c>.</summary>
    public string Model { get; set; } = "";

    /// <summary>The first year (of a period) the model is used for; older years use the older model.</summary>
    public int FromYear { get; set; }

    public string Authority { get; set; } = "";

    /// <summary>1 is the closest.</summary>
    public int Rank { get; set; }

    public string Neighbour { get; set; } = "";

    public string? Closeness { get; set; }

    public long ImportRunId { get; set; }
}
