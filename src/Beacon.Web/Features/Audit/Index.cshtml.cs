using Beacon.Application.Audit;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Reports.Tables;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Audit;

/// <summary>The audit trail, filtered by what changed, who, and when; what the reader may not see is withheld.</summary>
[RequirePermission(Permission.ViewAudit)]
public sealed class IndexModel(BeaconDbContext db) : PageModel
{
    /// <summary>The most entries a download holds.</summary>
    public const int ExportLimit = 100_000;

    [BindProperty(SupportsGet = true)]
    public string? Entity { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public IReadOnlyList<string> EntityTypes { get; private set; } = [];

    public IReadOnlyList<AuditLine> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        EntityTypes = await AuditTrail.EntityTypesAsync(db, cancellationToken);
        Entries = await AuditTrail.ReadAsync(db, User.ToBeaconUser(), Filter, AuditTrail.PageSize, cancellationToken);
        return Page();
    }

    /// <summary>The same entries as CSV, withheld alike.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var lines = await AuditTrail.ReadAsync(db, User.ToBeaconUser(), Filter, ExportLimit, cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return File(
            TableExports.Csv(
                ["When (UTC)", "Who", "Action", "What", "Which", "Before", "After", "Why"],
                lines.Select(l =>
                    new[]
                    {
                        l.OccurredAtUtc.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
                        l.Actor,
                        l.Action,
                        l.EntityType,
                        l.Withheld ? "withheld" : l.EntityId ?? "",
                        l.Before ?? "",
                        l.After ?? "",
                        l.Reason ?? "",
                    }
                )
            ),
            "text/csv; charset=utf-8",
            "audit-trail.csv"
        );
    }

    private AuditFilter Filter => new(Entity, Actor, From, To);
}
