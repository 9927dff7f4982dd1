using Beacon.Data;
using Beacon.Data.Committees;
using Beacon.Domain.Access;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Committees;

/// <summary>The committees a person sits on or serves, with the meetings they may read.</summary>
[RequirePermission(Permission.ViewCommittees)]
public sealed class IndexModel(BeaconDbContext db) : PageModel
{
    public IReadOnlyList<(Committee Committee, IReadOnlyList<Meeting> Meetings)> Committees { get; private set; } = [];

    public IReadOnlyList<ForwardPlanEntry> ForwardPlan { get; private set; } = [];

    public bool MayManage { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var user = User.ToBeaconUser();
        MayManage = AccessPolicy.Can(user, Permission.ManageCommittees);
        var seats = await db
            .CommitteeMembers.Where(m => m.UserName == user.UserName)
            .Select(m => m.CommitteeId)
            .ToListAsync(cancellationToken);
        var committees = await db.Committees.AsNoTracking().Include(c => c.Meetings).OrderBy(c => c.Name).ToListAsync(cancellationToken);
        Committees = committees
            .Select(c =>
                (
                    c,
                    (IReadOnlyList<Meeting>)
                        c
                            .Meetings.Where(m => AccessPolicy.CanReadMeeting(user, seats.Contains(c.Id), m.IsPublished))
                            .OrderByDescending(m => m.StartsAt)
                            .ToList()
                )
            )
            .Where(c => c.Item2.Count > 0 || MayManage)
            .ToList();
        ForwardPlan = await db.ForwardPlan.AsNoTracking().OrderBy(f => f.DecisionDate).ToListAsync(cancellationToken);
    }
}
