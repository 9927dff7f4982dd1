using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Beacon.Data;
using Beacon.Data.Accounts;
using Beacon.Data.Statistics;
using Beacon.Domain.Access;
using Beacon.Domain.Periods;
using Beacon.Import.Geography;
using Beacon.Web.Demo;
using Beacon.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Cli.Bench;

/// <summary>
/// The performance dashboard under load: wrk with 32 connections against the app on 127.0.0.1, over SQLite
/// holding a directorate of indicators and, beside it, a figure for every authority, indicator and quarter.
/// Target (issue 3): p95 under 50 ms.
/// </summary>
internal sealed partial class DashboardBenchmark(int indicators, int quarters, int seconds, string folder, TextWriter output)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists("/usr/bin/wrk"))
        {
            output.WriteLine("wrk is not installed: apt-get install wrk (Debian's package)");
            return 1;
        }

        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "bench-dashboard.db");
        File.Delete(file);
        var options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={file}" };
        var last = new FinancialQuarter(2013, 1);
        for (var i = 1; i < quarters; i++)
        {
            last = last.Next;
        }

        var figures = await FillAsync(options, last, cancellationToken);
        var builder = BeaconWebApp.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?>
            {
                [$"{DatabaseOptions.Section}:ConnectionString"] = options.ConnectionString,
                ["Logging:LogLevel:Default"] = "Warning",
            }
        );
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddBeacon();
        await using var app = builder.Build();
        app.UseBeacon();
        const string password = "bench-password-not-secret";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await DemoSeeder.EnsureRolesAsync(
                scope.ServiceProvider.GetRequiredService<RoleManager<Microsoft.AspNetCore.Identity.IdentityRole>>()
            );
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BeaconAccount>>();
            var account = new BeaconAccount { UserName = "bench", DisplayName = "Bench" };
            await users.CreateAsync(account, password);
            await users.AddToRoleAsync(account, nameof(BeaconRole.PerformanceOfficer));
        }

        await app.StartAsync(cancellationToken);
        var address = new Uri(app.Urls.First());
        var cookie = await SignInAsync(address, password, cancellationToken);
        var url = new Uri(address, $"/performance?quarter={last}");
        var script = Path.Combine(folder, "p95.lua");
        await File.WriteAllTextAsync(
            script,
            "done = function(summary, latency, requests)\n"
                + "  io.write(string.format(\"p50 %.2f p95 %.2f p99 %.2f requests %d non2xx %d\\n\", latency:percentile(50)/1000, latency:percentile(95)/1000, latency:percentile(99)/1000, summary.requests, summary.errors.status))\n"
                + "end\n",
            cancellationToken
        );
        // A warm-up run first, not counted: the JIT's tiered and profile-guided compilation settles within seconds,
        // and a server is measured as it runs for hours, not in its first moments.
        await RunWrkAsync($"-t2 -c32 -d5s -H \"Cookie: {cookie}\" {url}", cancellationToken);
        var result = await RunWrkAsync($"-t2 -c32 -d{seconds}s -s {script} -H \"Cookie: {cookie}\" {url}", cancellationToken);
        await app.StopAsync(cancellationToken);
        var line = result.Split('\n').FirstOrDefault(l => l.StartsWith("p50", StringComparison.Ordinal)) ?? result;
        output.WriteLine(
            $"Dashboard: {indicators} indicators x {quarters} quarters, plus {figures:N0} authority figures, SQLite; wrk 2 threads, 32 connections, {seconds} s after 5 s warm-up on 127.0.0.1: {line.Trim()} (ms; target p95 under 50 ms); {Environment.ProcessorCount} cores"
        );
        return 0;
    }

    private async Task<long> FillAsync(DatabaseOptions options, FinancialQuarter last, CancellationToken cancellationToken)
    {
        await using var db = BeaconDatabase.CreateContext(options);
        await BeaconDatabase.MigrateAsync(db, cancellationToken);
        await BenchmarkDirectorate.FillAsync(db, indicators, last, cancellationToken);
        // Every authority's figure for every indicator and quarter, as a sector dataset beside the directorate.
        var authorities = LocalAuthorityRegister.Shipped.All.Where(a => a.LastYear >= 2025).ToList();
        var random = new Random(7);
        IEnumerable<StatisticRow> Rows()
        {
            var quarter = new FinancialQuarter(2013, 1);
            for (var q = 0; q < quarters; q++, quarter = quarter.Next)
            {
                foreach (var authority in authorities)
                {
                    for (var i = 1; i <= indicators; i++)
                    {
                        yield return new StatisticRow(
                            quarter.ToString(),
                            "Quarter",
                            "Local authority",
                            authority.NewCode,
                            "",
                            $"IND {i:D3}",
                            random.Next(100),
                            null
                        );
                    }
                }
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var counts = await StatisticsBulkWriter.For(db).WriteAsync(db, "bench-sector", 0, Rows(), null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return counts.Inserted;
    }

    private static async Task<string> RunWrkAsync(string arguments, CancellationToken cancellationToken)
    {
        using var wrk = Process.Start(new ProcessStartInfo("wrk", arguments) { RedirectStandardOutput = true })!;
        var result = await wrk.StandardOutput.ReadToEndAsync(cancellationToken);
        await wrk.WaitForExitAsync(cancellationToken);
        return result;
    }

    private static async Task<string> SignInAsync(Uri address, string password, CancellationToken cancellationToken)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false })
        {
            BaseAddress = address,
        };
        var page = await http.GetStringAsync(new Uri("/sign-in", UriKind.Relative), cancellationToken);
        var token = TokenPattern().Match(page).Groups[1].Value;
        var form = new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["UserName"] = "bench",
                ["Password"] = password,
                ["__RequestVerificationToken"] = token,
            }
        );
        var response = await http.PostAsync(new Uri("/sign-in", UriKind.Relative), form, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException("The benchmark could not sign in.");
        }

        return string.Join("; ", cookies.GetCookies(address).Select(c => $"{c.Name}={c.Value}"));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
