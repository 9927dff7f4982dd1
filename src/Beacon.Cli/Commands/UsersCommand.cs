using System.CommandLine;
using System.Security.Cryptography;
using Beacon.Data.Accounts;
using Beacon.Data.Audit;
using Beacon.Domain.Access;
using Beacon.Web.Demo;
using Microsoft.AspNetCore.Identity;
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
                var granted = parse.GetValue(roles)!;
                if (granted.Contains(BeaconRole.Headteacher) && parse.GetValue(school) is null)
                {
                    await Console.Error.WriteLineAsync("A headteacher needs --school-urn: they see only their own school.");
                    return 2;
                }

                await using var scope = await CommandServices.OpenAsync(parse, cancellationToken);
                var users = scope.ServiceProvider.GetRequiredService<UserManager<BeaconAccount>>();
                await DemoSeeder.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
                scope.ServiceProvider.GetRequiredService<AuditScope>().Reason = "Account created with beacon users add";
                var account = new BeaconAccount
                {
                    UserName = parse.GetValue(userName),
                    DisplayName = parse.GetValue(displayName) ?? parse.GetValue(userName)!,
                    Email = parse.GetValue(email),
                    SchoolUrn = parse.GetValue(school),
                    LeadOfficerInitials = parse.GetValue(initials),
                    MayReadExemptItems = parse.GetValue(exempt),
                };
                var generated = !parse.GetValue(passwordStdin);
                var password = generated
                    ? RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20)
                    : (await Console.In.ReadLineAsync(cancellationToken))?.Trim() ?? "";
                var created = await users.CreateAsync(account, password);
                if (!created.Succeeded)
                {
                    await Console.Error.WriteLineAsync(
                        "The account was not created: " + string.Join(" ", created.Errors.Select(e => e.Description))
                    );
                    return 1;
                }

                var added = await users.AddToRolesAsync(account, granted.Select(r => r.ToString()));
                if (!added.Succeeded)
                {
                    await Console.Error.WriteLineAsync(
                        "The roles were not granted: " + string.Join(" ", added.Errors.Select(e => e.Description))
                    );
                    return 1;
                }

                Console.WriteLine($"Created {account.UserName} ({string.Join(", ", granted.Select(r => r.DisplayName()))}).");
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
                var users = scope.ServiceProvider.GetRequiredService<UserManager<BeaconAccount>>();
                foreach (var account in users.Users.OrderBy(u => u.UserName).ToList())
                {
                    var accountRoles = await users.GetRolesAsync(account);
                    Console.WriteLine($"{account.UserName, -32} {string.Join(", ", accountRoles)}{(account.IsDemo ? " (demo)" : "")}");
                }

                return 0;
            }
        );
        return new Command("users", "Accounts and roles") { add, list };
    }
}
