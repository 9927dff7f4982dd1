using Beacon.Application.Committees;
using Beacon.Data;
using Beacon.Data.Committees;
using Beacon.Domain.Access;
using Beacon.Domain.Committees;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Beacon.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Committees;

/// <summary>A scrutiny body's work programme across a municipal year: topics by the meeting they are planned for, against its capacity.</summary>
[RequirePermission(Permission.ViewCommittees)]
public sealed class WorkProgrammeModel(BeaconDbContext db, AgendaEditor editor) : PageModel
{
    public Committee Committee { get; private set; } = new();

    public int Year { get; private set; }

    public IReadOnlyList<WorkProgrammeTopic> Topics { get; private set; } = [];

    /// <summary>The agenda number of each item a topic was drawn into, by item.</summary>
    public IReadOnlyDictionary<int, (int MeetingId, string Number)> Drawn { get; private set; } = new Dictionary<int, (int, string)>();

    public bool MayManage { get; private set; }

    /// <summary>Democratic services take a scheduled topic into the agenda of the meeting it is planned for.</summary>
    public async Task<IActionResult> OnPostDrawAsync(int id, int topicId, CancellationToken cancellationToken)
    {
        if (!AccessPolicy.Can(User.ToBeaconUser(), Permission.ManageCommittees))
        {
            return Forbid();
        }

        var drawn = await editor.DrawAsync(topicId, User.Identity!.Name!, cancellationToken);
        if (drawn.Succeeded)
        {
            return Redirect($"/committees/items/{drawn.Value.Id}/edit");
        }

        if (drawn.Problem!.Code == "not-found")
        {
            return NotFound();
        }

        ModelState.AddProblem(drawn.Problem, key: "");
        return await OnGetAsync(id, null, cancellationToken);
    }

    public async Task<IActionResult> OnGetAsync(int id, int? year, CancellationToken cancellationToken)
    {
        if (
            await db.Committees.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.IsScrutiny, cancellationToken) is not { } committee
        )
        {
            return NotFound();
        }

        if (!await CommitteeReader.MayReadAsync(db, User.ToBeaconUser(), id, isPublished: true, cancellationToken))
        {
            return NotFound();
        }

        Committee = committee;
        var years = await db
            .WorkProgramme.Where(t => t.CommitteeId == id)
            .Select(t => t.MunicipalYear)
            .Distinct()
            .ToListAsync(cancellationToken);
        Year = year ?? (years.Count == 0 ? Domain.Committees.MunicipalYear.Of(HttpContext.RequestServices.Today()).StartYear : years.Max());
        Topics = await db
            .WorkProgramme.AsNoTracking()
            .Where(t => t.CommitteeId == id && t.MunicipalYear == Year)
            .OrderBy(t => t.PlannedFor == null)
            .ThenBy(t => t.PlannedFor)
            .ToListAsync(cancellationToken);
        MayManage = AccessPolicy.Can(User.ToBeaconUser(), Permission.ManageCommittees);
        var itemIds = Topics.Where(t => t.AgendaItemId is not null).Select(t => t.AgendaItemId!.Value).ToList();
        Drawn = (
            await db
                .AgendaItems.Where(i => itemIds.Contains(i.Id))
                .Select(i => new
                {
                    i.Id,
                    i.MeetingId,
                    i.Section,
                    i.Position,
                })
                .ToListAsync(cancellationToken)
        ).ToDictionary(i => i.Id, i => (i.MeetingId, i.Section.Number(i.Position)));
        return Page();
    }
}
