using Beacon.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Accounts;

/// <summary>
/// People's names for the user names Beacon records against what they did, so pages say "Alex Officer" and not
/// "demo-officer". Read once a request, on first use: a council's accounts are few. A user name with no account (a
/// command-line import, a deleted account) is shown as recorded.
/// </summary>
public sealed class PeopleDirectory(BeaconDbContext db)
{
    private Dictionary<string, string>? _names;

    public async Task<string> NameOfAsync(string? userName)
    {
        if (string.IsNullOrEmpty(userName))
        {
            return "";
        }

        _names ??= await db
            .Users.AsNoTracking()
            .Where(u => u.UserName != null && u.DisplayName != "")
            .ToDictionaryAsync(u => u.UserName!, u => u.DisplayName);
        return _names.GetValueOrDefault(userName, userName);
    }
}
