using Beacon.Data;
using Beacon.Data.Committees;
using Beacon.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Committees;

/// <summary>The meetings a person may read, asked of <see cref="AccessPolicy"/> with their seats on committees.</summary>
internal static class CommitteeReader
{
    public static async Task<bool> MayReadAsync(BeaconDbContext db, BeaconUser user, Meeting meeting, CancellationToken cancellationToken)
    {
        var member = await db.CommitteeMembers.AnyAsync(
            m => m.CommitteeId == meeting.CommitteeId && m.UserName == user.UserName,
            cancellationToken
        );
        return AccessPolicy.CanReadMeeting(user, member, meeting.IsPublished);
    }
}
