using Beacon.Domain.Benchmarking;

namespace Beacon.Domain.SectorLed;

/// <summary>An authority's figure at one end of its region's returns for an indicator: its place, and which end.</summary>
public sealed record CoreDatasetExtreme<TAuthority>(TAuthority Authority, CoreDatasetIndicator Indicator, RankPlace Place, TartanEnd End);
