using Beacon.Application.Accounts;

namespace Beacon.Application.Demo;

/// <summary>Opens a demonstration account where it is missing and gives it a fresh password at every start.</summary>
internal static class DemoAccounts
{
    public static async Task<(string UserName, string Password)> EnsureAsync(AccountRecorder recorder, NewAccount request)
    {
        var account = await recorder.FindAsync(request.UserName);
        if (account is null)
        {
            var created = await recorder.CreateAsync(request, password: null, "Demo mode start: a demonstration account");
            account = created.Succeeded ? created.Value : throw new InvalidOperationException(created.Problem!.Message);
        }

        var password = "Demo-" + AccountRecorder.GeneratePassword(12);
        await recorder.SetPasswordAsync(account, password, "Demo mode start: fresh password for a demonstration account");
        return (request.UserName, password);
    }
}
