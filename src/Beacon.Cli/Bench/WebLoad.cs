using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Beacon.Application.Accounts;
using Beacon.Cli.Commands;
using Beacon.Data;
using Beacon.Domain.Access;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Cli.Bench;

/// <summary>
/// A page under load: the app on 127.0.0.1 over the given database, signed in with a role, and wrk with two
/// threads and 32 connections, after a 5 s warm-up that is not counted (the JIT's tiered and profile-guided
/// compilation settles within seconds, and a server is measured as it runs for hours, not in its first moments).
/// </summary>
internal static partial class WebLoad
{
    public static bool WrkInstalled => File.Exists("/usr/bin/wrk");

    /// <summary>
    /// wrk's p50, p95 and p99 in milliseconds, requests, non-2xx responses and timeouts, as one line; what
    /// <paramref name="before"/> does with the signed-in server (its address and cookie) comes first.
    /// </summary>
    public static async Task<string> MeasureAsync(
        DatabaseOptions options,
        BeaconRole role,
        string path,
        int seconds,
        string folder,
        CancellationToken cancellationToken,
        Func<Uri, string, Task>? before = null
    )
    {
        await using var app = await ServeCommand.StartableAsync(
            new ConfigurationBuilder()
                .AddInMemoryCollection(
                    new Dictionary<string, string?>
                    {
                        [$"{DatabaseOptions.Section}:Provider"] = options.Provider.ToString(),
                        [$"{DatabaseOptions.Section}:ConnectionString"] = options.ConnectionString,
                        ["Logging:LogLevel:Default"] = "Warning",
                        ["urls"] = "http://127.0.0.1:0",
                        // wrk sends one cookie and never takes the renewed one a browser would, so with the usual
                        // check every few seconds it would re-check the session on every request after the first.
                        ["Beacon:Accounts:SessionCheckSeconds"] = "3600",
                    }
                )
                .Build()
        );
        const string password = "bench-password-not-secret";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountRecorder>();
            if (await accounts.FindAsync("bench") is null)
            {
                await accounts.CreateAsync(new NewAccount("bench", "Bench", null, [role]), password, "Benchmark account");
            }
        }

        await app.StartAsync(cancellationToken);
        var address = new Uri(app.Urls.First());
        var cookie = await SignInAsync(address, password, cancellationToken);
        if (before is not null)
        {
            await before(address, cookie);
        }

        var url = new Uri(address, path);
        var script = Path.Combine(folder, "p95.lua");
        await File.WriteAllTextAsync(
            script,
            "done = function(summary, latency, requests)\n"
                + "  io.write(string.format(\"p50 %.2f p95 %.2f p99 %.2f requests %d non2xx %d timeouts %d\\n\", latency:percentile(50)/1000, latency:percentile(95)/1000, latency:percentile(99)/1000, summary.requests, summary.errors.status, summary.errors.timeout))\n"
                + "end\n",
            cancellationToken
        );
        await RunWrkAsync($"-t2 -c32 -d5s -H \"Cookie: {cookie}\" {url}", cancellationToken);
        var result = await RunWrkAsync($"-t2 -c32 -d{seconds}s -s {script} -H \"Cookie: {cookie}\" {url}", cancellationToken);
        await app.StopAsync(cancellationToken);
        return (result.Split('\n').FirstOrDefault(l => l.StartsWith("p50", StringComparison.Ordinal)) ?? result).Trim();
    }

    /// <summary>Each page asked for once, in turn, signed in with the cookie given; the milliseconds each took, in order.</summary>
    public static async Task<IReadOnlyList<double>> TimeEachAsync(
        Uri address,
        string cookie,
        IEnumerable<string> paths,
        CancellationToken cancellationToken
    )
    {
        using var http = new HttpClient { BaseAddress = address };
        http.DefaultRequestHeaders.Add("Cookie", cookie);
        var timings = new List<double>();
        foreach (var path in paths)
        {
            var clock = Stopwatch.StartNew();
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
            _ = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            timings.Add(clock.Elapsed.TotalMilliseconds);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}");
            }
        }

        return timings;
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
