using Beacon.Data;
using Beacon.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Committees;

/// <summary>What of a committee a person may read, asked of <see cref="AccessPolicy"/> with their seat on it.</summary>
internal static class CommitteeReader
{
    /// <summary>A meeting of the committee (published or not), or, with <paramref name="isPublished"/> true, its published business such as the work programme.</summary>
    public static async Task<bool> MayReadAsync(
        BeaconDbContext db,
        BeaconUser user,
        int committeeId,
        bool isPublished,
        CancellationToken cancellationToken
    )
    {
        var member = await db.CommitteeMembers.AnyAsync(
            m => m.CommitteeId == committeeId && m.UserName == user.UserName,
            cancellationToken
        );
        return AccessPolicy.CanReadMeeting(user, member, isPublished);
    }
}
