namespace Beacon.Data.Audit;

/// <summary>
/// Who is acting, and why, for the changes saved in this unit of work. Scoped per request or command,
/// so that every audited change is attributed without each caller passing it along.
/// </summary>
public sealed class AuditScope
{
    /// <summary>The actor for work nobody signed in did.</summary>
    public const string System = "system";

    public string Actor { get; set; } = System;

    /// <summary>
    /// The organisation whose records this unit of work reads and writes (<c>AccessPolicy.OrganisationScope</c>);
    /// null for the operator's commands and start-up work, which span the deployment.
    /// </summary>
    public int? OrganisationId { get; set; }

    /// <summary>The reason given for the next save; cleared after it.</summary>
    public string? Reason { get; set; }
}
