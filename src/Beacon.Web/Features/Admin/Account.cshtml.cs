using Beacon.Application.Accounts;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Admin;

/// <summary>One account, and what an administrator can do to it: disable, enable, unlock, reset, take away a role or a grant.</summary>
[RequirePermission(Permission.ManageUsers)]
public sealed class AccountModel(BeaconDbContext db, AccountRecorder recorder, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string UserName { get; set; } = "";

    /// <summary>The change chosen: a change's name, or <c>RemoveRole:{role}</c>.</summary>
    [BindProperty]
    public string? Change { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public AccountRow? Account { get; private set; }

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>What was done, for the success banner; with a reset, the new password, shown this once.</summary>
    [TempData]
    public string? Done { get; set; }

    public string? NewPassword { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var (change, role) = Parse(Change);
        if (change is null)
        {
            ModelState.AddModelError(nameof(Change), "Select what to do to the account");
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), "Enter why you are making this change, for the audit trail");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var changed = await recorder.ChangeAsync(UserName, change!.Value, role, Reason);
        if (!changed.Succeeded)
        {
            ModelState.AddProblem(changed.Problem!, nameof(Change));
            return Page();
        }

        if (changed.Value is { } password)
        {
            // Shown once, on this response only: never stored, never in a redirect.
            NewPassword = password;
            Done = "The password was reset and the person's sessions ended.";
            await LoadAsync(cancellationToken);
            return Page();
        }

        Done = change switch
        {
            AccountChange.Disable => "The account was disabled and its sessions ended.",
            AccountChange.Enable => "The account was enabled.",
            AccountChange.Unlock => "The account was unlocked.",
            AccountChange.RemoveRole => $"The role {role?.DisplayName()} was taken away and the person's sessions ended.",
            _ => "The grant to read exempt items was taken away and the person's sessions ended.",
        };
        return RedirectToPage(new { UserName });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Account = (await AccountList.LoadAsync(db, cancellationToken)).FirstOrDefault(a =>
            string.Equals(a.UserName, UserName, StringComparison.OrdinalIgnoreCase)
        );
        return Account is not null;
    }

    private static (AccountChange? Change, BeaconRole? Role) Parse(string? change)
    {
        if (change?.Split(':') is [var name, var roleName] && name == nameof(AccountChange.RemoveRole))
        {
            return (AccountChange.RemoveRole, BeaconRoleNames.Parse(roleName));
        }

        return Enum.TryParse<AccountChange>(change, out var parsed) && parsed != AccountChange.RemoveRole ? (parsed, null) : (null, null);
    }
}
