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
        return new Command("users", "Accounts and roles") { add, list };
    }
}
