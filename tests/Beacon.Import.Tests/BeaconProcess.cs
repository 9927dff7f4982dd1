using System.Diagnostics;
using System.Text;

namespace Beacon.Import.Tests;

/// <summary>The real `beacon` command, run as a separate process the way an officer or a scheduled job runs it.</summary>
internal static class BeaconProcess
{
    public static ProcessStartInfo StartInfo(string connection, string provider, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "beacon.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("--database");
        start.ArgumentList.Add(provider);
        start.ArgumentList.Add("--connection");
        start.ArgumentList.Add(connection);
        return start;
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>Reads standard error line by line until a line satisfies the condition; false if the process ends first.</summary>
    public static async Task<bool> WaitForErrorLineAsync(Process process, Func<string, bool> condition, StringBuilder seen)
    {
        while (await process.StandardError.ReadLineAsync(TestContext.Current.CancellationToken) is { } line)
        {
            seen.AppendLine(line);
            if (condition(line))
            {
                return true;
            }
        }

        return false;
    }
}
