using System.Diagnostics;

namespace Beacon.Cli.Bench;

/// <summary>Runs a reference tool (sqlite3, psql) and times it from start to exit.</summary>
internal static class ExternalTool
{
    public static TimeSpan Time(
        string file,
        string arguments,
        string? standardInput = null,
        IDictionary<string, string>? environment = null
    )
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardInput = standardInput is not null,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        if (standardInput is not null)
        {
            process.StandardInput.Write(standardInput);
            process.StandardInput.Close();
        }

        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        clock.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} failed: {error.Result}");
        }

        return clock.Elapsed;
    }
}
