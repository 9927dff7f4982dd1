using System.Reflection;
using Beacon.Domain.Audit;

namespace Beacon.Data.Audit;

/// <summary>How confidential each audited kind of record is, by the name its entries carry.</summary>
public static class AuditedTypes
{
    private static readonly Dictionary<string, AuditConfidentiality> ByName = typeof(AuditedTypes)
        .Assembly.GetTypes()
        .Select(t => t.GetCustomAttribute<AuditedAttribute>(inherit: false))
        .OfType<AuditedAttribute>()
        .ToDictionary(a => a.EntityType, a => a.Confidentiality);

    /// <summary>
    /// The confidentiality of entries of that kind; a kind no longer in the model (or Identity's own) is open,
    /// which is why a confidential kind is never renamed.
    /// </summary>
    public static AuditConfidentiality Of(string entityType) => ByName.GetValueOrDefault(entityType, AuditConfidentiality.Open);

    /// <summary>The kinds whose entries only some readers may read.</summary>
    public static IReadOnlyList<string> Confidential(AuditConfidentiality confidentiality) =>
        ByName.Where(p => p.Value == confidentiality).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
}
