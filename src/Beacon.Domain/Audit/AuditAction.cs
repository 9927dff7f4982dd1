namespace Beacon.Domain.Audit;

/// <summary>What happened to an audited entity.</summary>
public enum AuditAction
{
    Created,
    Changed,
    Deleted,
}
