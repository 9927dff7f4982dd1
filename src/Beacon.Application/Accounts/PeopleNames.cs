using Beacon.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Accounts;

/// <summary>
/// People's names for the user names Beacon records against what they did, so pages say "Alex Officer" and not
/// "officer". A user name with no account (a command-line import, a deleted account) is shown as it was recorded.
/// </summary>
public sealed class PeopleNames(IReadOnlyDictionary<string, string> names)
{
    public static async Task<PeopleNames> ForAsync(BeaconDbContext db, IEnumerable<string?> userNames, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var wanted = userNames.OfType<string>().Distinct().ToList();
        var names = await db
            .Users.AsNoTracking()
            .Where(u => u.UserName != null && wanted.Contains(u.UserName) && u.DisplayName != "")
            .Select(u => new { UserName = u.UserName!, u.DisplayName })
            .ToDictionaryAsync(u => u.UserName, u => u.DisplayName, cancellationToken);
        return new PeopleNames(names);
    }

    /// <summary>The person's name, or the user name where Beacon has no name for it.</summary>
    public string Of(string? userName) => userName is null ? "" : names.GetValueOrDefault(userName, userName);
}
