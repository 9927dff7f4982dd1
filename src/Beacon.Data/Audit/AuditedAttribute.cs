using Beacon.Domain.Audit;

namespace Beacon.Data.Audit;

/// <summary>
/// Marks an entity whose creation, change and deletion are decisions to keep in the audit trail.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class AuditedAttribute(string entityType, AuditConfidentiality confidentiality = AuditConfidentiality.Open) : Attribute
{
    /// <summary>The name the audit trail uses for this kind of entity.</summary>
    public string EntityType { get; } = entityType;

    /// <summary>Who may read what its entries record.</summary>
    public AuditConfidentiality Confidentiality { get; } = confidentiality;
}
