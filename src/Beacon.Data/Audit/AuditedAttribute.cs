namespace Beacon.Data.Audit;

/// <summary>
/// Marks an entity whose creation, change and deletion are decisions to keep in the audit trail.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class AuditedAttribute(string entityType) : Attribute
{
    /// <summary>The name the audit trail uses for this kind of entity.</summary>
    public string EntityType { get; } = entityType;
}
