namespace Beacon.Application.Audit;

/// <summary>Which audit entries a reader asked for: what changed, who, and the days (inclusive), each optional.</summary>
public sealed record AuditFilter(string? EntityType = null, string? Actor = null, DateOnly? From = null, DateOnly? To = null);
