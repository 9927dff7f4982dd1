namespace Beacon.Domain.SectorLed;

/// <summary>A self-assessment's revision as one of its sign-off roles signed it: kept unchanged whatever comes after.</summary>
public sealed record SignedRevision(int Revision, string Framework, IReadOnlyList<SignedArea> Areas);

/// <summary>An area as signed: its grade, the authority's account, and its evidence's figures as they were that day.</summary>
public sealed record SignedArea(string Code, string Name, string? Grade, string Narrative, IReadOnlyList<FrozenEvidence> Evidence);

/// <summary>
/// A profile figure cited as evidence, frozen when signed: the authority's figure (or DfE's symbol), England's, the
/// statistical neighbours' average, and its rank and band among all authorities.
/// </summary>
public sealed record FrozenEvidence(
    string Indicator,
    string Name,
    string Period,
    decimal? Value,
    string? Symbol,
    decimal? England,
    decimal? NeighbourAverage,
    int? Rank,
    int? Of,
    char? Band
);
