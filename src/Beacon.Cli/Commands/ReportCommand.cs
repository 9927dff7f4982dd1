using System.CommandLine;
using Beacon.Data;
using Beacon.Domain.Periods;
using Beacon.Reports.Performance;
using Beacon.Web.Features.Performance;
using Beacon.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Cli.Commands;

/// <summary><c>beacon report performance --quarter 2013-Q1 --format docx</c>: the quarterly report as a file.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var quarter = new Option<string>("--quarter")
        {
            Description = "The financial quarter, e.g. 2013-Q1 (April to June 2013)",
            Required = true,
        };
        var format = new Option<string>("--format") { Description = "docx (Word) or html", DefaultValueFactory = _ => "docx" };
        format.AcceptOnlyFromAmong("docx", "html");
        var output = new Option<FileInfo?>("--output") { Description = "Where to write it (default: performance-overview-QUARTER.FORMAT)" };
        var performance = new Command("performance", "The Directorate Performance Overview Report") { quarter, format, output };
        performance.SetAction(
            async (parse, cancellationToken) =>
            {
                var parsed = FinancialQuarter.Parse(parse.GetValue(quarter)!);
                if (!parsed.Succeeded)
                {
                    await Console.Error.WriteLineAsync(parsed.Problem!.Message);
                    return 2;
                }

                await using var scope = await CommandServices.OpenAsync(parse, cancellationToken);
                var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
                var site =
                    CliSettings.Configuration(parse).GetSection(BeaconSiteOptions.Section).Get<BeaconSiteOptions>()
                    ?? new BeaconSiteOptions();
                var report = await PerformanceReportBuilder.BuildAsync(db, parsed.Value, site, cancellationToken);
                var kind = parse.GetValue(format)!;
                var file = parse.GetValue(output)?.FullName ?? Path.GetFullPath($"performance-overview-{parsed.Value}.{kind}");
                if (kind == "html")
                {
                    await File.WriteAllTextAsync(file, PerformanceReportHtml.Write(report), cancellationToken);
                }
                else
                {
                    await using var stream = File.Create(file);
                    PerformanceReportDocx.Write(report, stream);
                }

                Console.WriteLine($"Wrote {file}");
                return 0;
            }
        );
        return new Command("report", "Reports for committees") { performance };
    }
}
