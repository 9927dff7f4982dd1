namespace Beacon.Application.Audit;

/// <summary>
/// One audit entry as a reader may see it. <see cref="Withheld"/> entries keep who, when, the action and the kind
/// of record, and lose which record, the values and the reason.
/// </summary>
public sealed record AuditLine(
    long Id,
    DateTime OccurredAtUtc,
    string Actor,
    string Action,
    string EntityType,
    string? EntityId,
    string? Before,
    string? After,
    string? Reason,
    bool Withheld
);
