using System.CommandLine;
using Beacon.Application.Accounts;
using Beacon.Data;
using Beacon.Domain.Access;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Cli.Commands;

/// <summary><c>beacon users add|list</c>: accounts, starting with the first administrator.</summary>
internal static class UsersCommand
{
    public static Command Create()
    {
        var userName = new Option<string>("--user-name") { Description = "The sign-in name", Required = true };
        var displayName = new Option<string?>("--name") { Description = "The person's name as Beacon shows it" };
        var email = new Option<string?>("--email") { Description = "Email, used to match a council identity-provider sign-in" };
        var roles = new Option<BeaconRole[]>("--role")
        {
            Description = "A role to grant (repeat for several): " + string.Join(", ", Enum.GetNames<BeaconRole>()),
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var school = new Option<int?>("--school-urn") { Description = "For a headteacher: their school's URN" };
        var initials = new Option<string?>("--initials") { Description = "For a lead officer: the initials on their indicators" };
        var exempt = new Option<bool>("--exempt-items") { Description = "May read items exempt under Schedule 12A" };
        var passwordStdin = new Option<bool>("--password-stdin")
        {
            Description = "Read the password from standard input instead of generating one",
        };

        var add = new Command("add", "Create an account") { userName, displayName, email, roles, school, initials, exempt, passwordStdin };
        add.SetAction(
            async (parse, cancellationToken) =>
            {
                await using var scope = await CommandServices.OpenAsync(parse, cancellationToken);
                var generated = !parse.GetValue(passwordStdin);
                var password = generated
                    ? AccountRecorder.GeneratePassword()
                    : (await Console.In.ReadLineAsync(cancellationToken))?.Trim() ?? "";
                var granted = parse.GetValue(roles)!;
                var created = await scope
                    .ServiceProvider.GetRequiredService<AccountRecorder>()
                    .CreateAsync(
                        new NewAccount(
                            parse.GetValue(userName)!,
                            parse.GetValue(displayName),
                            parse.GetValue(email),
                            granted,
                            parse.GetValue(school),
                            parse.GetValue(initials),
                            parse.GetValue(exempt)
                        ),
                        password,
                        "Account created with beacon users add"
                    );
                if (!created.Succeeded)
                {
                    await Console.Error.WriteLineAsync(created.Problem!.Message);
                    return 1;
                }

                Console.WriteLine($"Created {created.Value.UserName} ({string.Join(", ", granted.Select(r => r.DisplayName()))}).");
                if (generated)
                {
                    Console.WriteLine($"Password: {password}");
                    Console.WriteLine("It is shown once: pass it on securely.");
                }

                return 0;
            }
        );

        var list = new Command("list", "List accounts and their roles");
        list.SetAction(
            async (parse, cancellationToken) =>
            {
                await using var scope = await CommandServices.OpenAsync(parse, cancellationToken);
                var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
                foreach (var account in await AccountList.LoadAsync(db, cancellationToken))
                {
                    Console.WriteLine($"{account.UserName, -32} {string.Join(", ", account.Roles)}{(account.IsDemo ? " (demo)" : "")}");
                }

                return 0;
            }
        );
        var users = new Command("users", "Accounts and roles") { add, list };
        foreach (
            var (name, change, description) in new[]
            {
                ("disable", AccountChange.Disable, "Disable an account: it cannot sign in and its sessions end"),
                ("enable", AccountChange.Enable, "Enable a disabled account"),
                ("unlock", AccountChange.Unlock, "Unlock an account locked after failed sign-ins"),
                ("reset-password", AccountChange.ResetPassword, "Give an account a new password, shown once; its sessions end"),
                ("remove-role", AccountChange.RemoveRole, "Take a role away; the person's sessions end"),
                ("revoke-exempt-items", AccountChange.RevokeExemptItems, "Take away the grant to read exempt (Schedule 12A) items"),
            }
        )
        {
            users.Subcommands.Add(ChangeCommand(name, change, description));
        }

        return users;
    }

    private static Command ChangeCommand(string name, AccountChange change, string description)
    {
        var userName = new Option<string>("--user-name") { Description = "The account's sign-in name", Required = true };
        var reason = new Option<string>("--reason") { Description = "Why, for the audit trail", Required = true };
        var role = new Option<BeaconRole?>("--role")
        {
            Description = "The role to take away: " + string.Join(", ", Enum.GetNames<BeaconRole>()),
            Required = change == AccountChange.RemoveRole,
        };
        var command = new Command(name, description) { userName, reason };
        if (change == AccountChange.RemoveRole)
        {
            command.Options.Add(role);
        }

        command.SetAction(
            async (parse, cancellationToken) =>
            {
                await using var scope = await CommandServices.OpenAsync(parse, cancellationToken);
                var changed = await scope
                    .ServiceProvider.GetRequiredService<AccountRecorder>()
                    .ChangeAsync(parse.GetValue(userName)!, change, parse.GetValue(role), parse.GetValue(reason));
                if (!changed.Succeeded)
                {
                    await Console.Error.WriteLineAsync(changed.Problem!.Message);
                    return 1;
                }

                Console.WriteLine($"{parse.GetValue(userName)}: done ({description.Split(':')[0].ToLowerInvariant()}).");
                if (changed.Value is { } password)
                {
                    Console.WriteLine($"New password: {password}");
                    Console.WriteLine("It is shown once: pass it on securely.");
                }

                return 0;
            }
        );
        return command;
    }
}
