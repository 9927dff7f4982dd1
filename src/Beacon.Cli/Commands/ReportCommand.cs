using System.CommandLine;
using Beacon.Application;
using Beacon.Application.Equality;
using Beacon.Application.Performance;
using Beacon.Application.Savings;
using Beacon.Application.Schools;
using Beacon.Data;
using Beacon.Domain.Periods;
using Beacon.Reports.Equality;
using Beacon.Reports.Performance;
using Beacon.Reports.Savings;
using Beacon.Reports.Schools;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Cli.Commands;

/// <summary>
/// <c>beacon report performance --quarter 2013-Q1</c>, <c>beacon report ofsted-outcomes --from ... --to ...</c> and the
/// other committee reports, as Word documents or self-contained HTML pages.
/// </summary>
internal static class ReportCommand
{
    // The date a document is written, in its header and footer, by the app's clock.
    private static DateOnly Today(AsyncServiceScope scope) =>
        DateOnly.FromDateTime(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);

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
                var report = await PerformanceReportBuilder.BuildAsync(db, parsed.Value, Site(parse), cancellationToken);
                return await WriteAsync(
                    parse.GetValue(format)!,
                    parse.GetValue(output),
                    $"performance-overview-{parsed.Value}",
                    () => PerformanceReportHtml.Write(report),
                    stream => PerformanceReportDocx.Write(report, Today(scope), stream),
                    cancellationToken
                );
            }
        );
        return new Command("report", "Reports for committees")
        {
            performance,
            OfstedOutcomes(format, output),
            Achievement(format, output),
            Scorecard(output),
            Termly(format, output),
            Profile(output),
            AgendaPack(output),
            Minutes(output),
            EqualityAssessment(output),
            Savings(output),
        };
    }

    private static Command EqualityAssessment(Option<FileInfo?> output)
    {
        var reference = new Option<string>("--reference")
        {
            Description = "The assessment's reference, e.g. EIA-EIG-2014-15",
            Required = true,
        };
        var version = new Option<int?>("--version") { Description = "A published version instead of the assessment as it stands" };
        var command = new Command(
            "equality-assessment",
            "An equality impact assessment as a Word document, as it stands or as a version was published"
        )
        {
            reference,
            version,
            output,
        };
        command.SetAction(
            async (parse, cancellationToken) =>
            {
                await using var scope = await CommandServices.OpenAsync(parse, cancellationToken);
                var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
                var name = parse.GetValue(reference)!;
                if (await EqualityAssessments.LoadAsync(db, name, cancellationToken) is not { } assessment)
                {
                    await Console.Error.WriteLineAsync($"There is no equality impact assessment {name}");
                    return 2;
                }

                var wanted = parse.GetValue(version);
                var kept = (await EqualityAssessments.VersionsAsync(db, assessment.Id, cancellationToken)).FirstOrDefault(v =>
                    v.Version == wanted
                );
                if (wanted is not null && kept is null)
                {
                    await Console.Error.WriteLineAsync($"{name} has no published version {wanted}");
                    return 2;
                }

                var report = kept is null ? EqualityAssessments.Report(assessment) : EqualityAssessments.ReportOf(kept);
                return await WriteAsync(
                    "docx",
                    parse.GetValue(output),
                    wanted is null ? name : $"{name}-v{wanted}",
                    () => "",
                    stream => EqualityImpactAssessmentDocx.Write(report, Site(parse).AuthorityName, Today(scope), stream),
                    cancellationToken
                );
            }
        );
        return command;
    }

    private static Command Savings(Option<FileInfo?> output)
    {
        var programme = new Option<string>("--programme") { Description = "The programme's code, e.g. EIG-2014-15", Required = true };
        var delivery = new Option<string?>("--delivery")
        {
            Description = "A quarter of an approved programme, e.g. 2014-Q1: its delivery instead of the schedule",
        };
        var command = new Command(
            "savings",
            "A savings programme's schedule (the seed's Appendix 1), or its delivery in a quarter, as a Word document"
        )
        {
            programme,
            delivery,
            output,
        };
        command.SetAction(
            async (parse, cancellationToken) =>
            {
                await using var scope = await CommandServices.OpenAsync(parse, cancellationToken);
                var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
                var code = parse.GetValue(programme)!;
                if (await SavingsSchedules.LoadAsync(db, code, cancellationToken) is not { } schedule)
                {
                    await Console.Error.WriteLineAsync($"There is no savings programme {code}");
                    return 2;
                }

                var authority = Site(parse).AuthorityName;
                if (parse.GetValue(delivery) is not { } quarterText)
                {
                    return await WriteAsync(
                        "docx",
                        parse.GetValue(output),
                        $"savings-schedule-{code}",
                        () => "",
                        stream => SavingsScheduleDocx.Write(SavingsSchedules.Report(schedule), authority, Today(scope), stream),
                        cancellationToken
                    );
                }

                var quarter = FinancialQuarter.Parse(quarterText);
                if (!quarter.Succeeded || SavingsSchedules.Delivery(schedule, quarter.Value) is not { } report)
                {
                    await Console.Error.WriteLineAsync(
                        quarter.Problem?.Message ?? $"{code} is not yet approved: it has no delivery to report"
                    );
                    return 2;
                }

                return await WriteAsync(
                    "docx",
                    parse.GetValue(output),
                    $"savings-delivery-{code}-{quarter.Value}",
                    () => "",
                    stream => SavingsDeliveryDocx.Write(report, authority, Today(scope), stream),
                    cancellationToken
                );
            }
        );
        return command;
    }

    private static Command AgendaPack(Option<FileInfo?> output) =>
        MeetingDocument(
            "agenda-pack",
            "A published meeting's agenda pack, public or exempt, as one Word document",
            output,
            async (db, id, part, authority, date, cancellationToken) =>
            {
                var pack = await Beacon.Application.Committees.AgendaPacks.BuildAsync(db, id, part, authority, cancellationToken);
                return stream => Reports.Committees.AgendaPackWriter.Write(pack!, date, stream);
            }
        );

    private static Command Minutes(Option<FileInfo?> output) =>
        MeetingDocument(
            "minutes",
            "A published meeting's minutes, public or exempt, as a Word document (draft until approved)",
            output,
            async (db, id, part, authority, date, cancellationToken) =>
            {
                var minutes = await Beacon.Application.Committees.MinutesBuilder.BuildAsync(db, id, part, authority, cancellationToken);
                return stream => Reports.Committees.MinutesWriter.Write(minutes!, date, stream);
            }
        );

    // A document of one published meeting, by its number, public or (with --exempt) its exempt part.
    private static Command MeetingDocument(
        string name,
        string description,
        Option<FileInfo?> output,
        Func<BeaconDbContext, int, Reports.Committees.PackPart, string, DateOnly, CancellationToken, Task<Action<Stream>>> build
    )
    {
        var meeting = new Option<int>("--meeting")
        {
            Description = "The meeting's number, as in /committees/meetings/NUMBER",
            Required = true,
        };
        var exempt = new Option<bool>("--exempt") { Description = "The exempt part instead of the public one (OFFICIAL-SENSITIVE)" };
        var command = new Command(name, description) { meeting, exempt, output };
        command.SetAction(
            async (parse, cancellationToken) =>
            {
                await using var scope = await CommandServices.OpenAsync(parse, cancellationToken);
                var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
                var part = parse.GetValue(exempt) ? Reports.Committees.PackPart.Exempt : Reports.Committees.PackPart.Public;
                var id = parse.GetValue(meeting);
                if (!await db.Meetings.AnyAsync(m => m.Id == id && m.PublishedAtUtc != null, cancellationToken))
                {
                    await Console.Error.WriteLineAsync($"There is no published meeting {id}: publish its agenda first");
                    return 2;
                }

                var write = await build(db, id, part, Site(parse).AuthorityName, Today(scope), cancellationToken);
                return await WriteAsync(
                    "docx",
                    parse.GetValue(output),
                    $"{name}-{id}{(part == Reports.Committees.PackPart.Exempt ? "-exempt" : "")}",
                    () => "",
                    write,
                    cancellationToken
                );
            }
        );
        return command;
    }

    private static Command Profile(Option<FileInfo?> output)
    {
        var la = new Option<string>("--la") { Description = "The authority's old three-digit code, e.g. 805", Required = true };
        var year = new Option<int?>("--year") { Description = "The year (first calendar year of the period); default the latest" };
        var kind = new Option<string>("--format") { Description = "docx (Word), csv or xlsx", DefaultValueFactory = _ => "docx" };
        kind.AcceptOnlyFromAmong("docx", "csv", "xlsx");
        var command = new Command("profile", "An authority's local profile: every indicator against its neighbours, region and England")
        {
            la,
            year,
            kind,
            output,
        };
        command.SetAction(
            async (parse, cancellationToken) =>
            {
                if (Import.Geography.LocalAuthorityRegister.Shipped.FindByOldCode(parse.GetValue(la)!.Trim()) is not { } authority)
                {
                    await Console.Error.WriteLineAsync($"{parse.GetValue(la)}: not a local authority code Beacon knows");
                    return 2;
                }

                await using var scope = await CommandServices.OpenAsync(parse, cancellationToken);
                var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
                var set = await Beacon.Application.Benchmarking.BenchmarkLoader.LoadAsync(db, cancellationToken);
                var years = Beacon.Application.Benchmarking.BenchmarkCoverage.Years(set);
                var shown = parse.GetValue(year) ?? (years.Count > 0 ? years[0] : 0);
                var lines = set.Profile(authority.OldCode, shown);
                var format = parse.GetValue(kind)!;
                var file = parse.GetValue(output)?.FullName ?? Path.GetFullPath($"local-profile-{authority.OldCode}-{shown}.{format}");
                await using (var stream = File.Create(file))
                {
                    var rows = lines.Select(Reports.Benchmarking.ProfileTable.Row);
                    switch (format)
                    {
                        case "csv":
                            await stream.WriteAsync(
                                Reports.Tables.TableExports.Csv(Reports.Benchmarking.ProfileTable.Headers, rows),
                                cancellationToken
                            );
                            break;
                        case "xlsx":
                            Reports.Tables.TableExports.Xlsx("Profile", Reports.Benchmarking.ProfileTable.Headers, rows, stream);
                            break;
                        default:
                            var neighbours = set.NeighboursOf(authority.OldCode, shown)
                                .Select(Beacon.Application.Benchmarking.BenchmarkCoverage.NameOf)
                                .ToList();
                            Reports.Benchmarking.LocalProfileDocx.Write(
                                authority.Name,
                                shown.ToString(System.Globalization.CultureInfo.InvariantCulture),
                                neighbours,
                                lines,
                                Today(scope),
                                stream
                            );
                            break;
                    }
                }

                Console.WriteLine($"Wrote {file}");
                return 0;
            }
        );
        return command;
    }

    private static Command Termly(Option<string> format, Option<FileInfo?> output)
    {
        var term = new Option<string>("--term") { Description = "The review's term, e.g. \"Summer 2012/13\"", Required = true };
        var exempt = new Option<bool>("--with-exempt-appendix")
        {
            Description = "Include the exempt appendix naming each school's rating (Schedule 12A): not for publication",
        };
        var command = new Command("termly", "The termly categorisation of schools for the committee") { term, exempt, format, output };
        command.SetAction(
            async (parse, cancellationToken) =>
            {
                await using var scope = await CommandServices.OpenAsync(parse, cancellationToken);
                var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
                var name = parse.GetValue(term)!.Trim();
                if (await db.SchoolReviews.AsNoTracking().SingleOrDefaultAsync(r => r.Term == name, cancellationToken) is not { } review)
                {
                    await Console.Error.WriteLineAsync($"{name}: no review for that term");
                    return 2;
                }

                var report = await Beacon.Application.Protocol.TermlyReportBuilder.BuildAsync(
                    db,
                    review,
                    Site(parse).AuthorityName,
                    cancellationToken
                );
                var appendix = parse.GetValue(exempt);
                return await WriteAsync(
                    parse.GetValue(format)!,
                    parse.GetValue(output),
                    $"termly-categorisation-{review.Id}{(appendix ? "-exempt" : "")}",
                    () => Reports.Protocol.TermlyReportWriter.Html(report, appendix),
                    stream => Reports.Protocol.TermlyReportWriter.WriteDocx(report, appendix, Today(scope), stream),
                    cancellationToken
                );
            }
        );
        return command;
    }

    private static Command OfstedOutcomes(Option<string> format, Option<FileInfo?> output)
    {
        var from = new Option<DateOnly>("--from") { Description = "First day of the period, yyyy-mm-dd", Required = true };
        var to = new Option<DateOnly>("--to") { Description = "Last day of the period, yyyy-mm-dd", Required = true };
        var la = new Option<string?>("--la") { Description = "Only this local authority's schools (three-digit code)" };
        var town = new Option<string?>("--town") { Description = "Only this town's schools" };
        var command = new Command("ofsted-outcomes", "Ofsted inspection outcomes for a period (England, an LA or a town)")
        {
            from,
            to,
            la,
            town,
            format,
            output,
        };
        command.SetAction(
            async (parse, cancellationToken) =>
            {
                await using var scope = await CommandServices.OpenAsync(parse, cancellationToken);
                var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
                var report = await OfstedOutcomesReportBuilder.BuildAsync(
                    db,
                    new SchoolGroup(parse.GetValue(la), parse.GetValue(town)),
                    parse.GetValue(from),
                    parse.GetValue(to),
                    Site(parse),
                    cancellationToken
                );
                return await WriteAsync(
                    parse.GetValue(format)!,
                    parse.GetValue(output),
                    $"ofsted-outcomes-{report.From:yyyy-MM-dd}-to-{report.To:yyyy-MM-dd}",
                    () => OfstedOutcomesHtml.Write(report),
                    stream => OfstedOutcomesDocx.Write(report, Today(scope), stream),
                    cancellationToken
                );
            }
        );
        return command;
    }

    private static Command Achievement(Option<string> format, Option<FileInfo?> output)
    {
        var la = new Option<string>("--la") { Description = "The local authority's new (ONS) code, e.g. E06000001", Required = true };
        var year = YearOption();
        var command = new Command("achievement", "The pupil achievement summary for an authority and a year") { la, year, format, output };
        command.SetAction(
            async (parse, cancellationToken) =>
            {
                if (await AcademicYearAsync(parse.GetValue(year)) is not { } academicYear)
                {
                    return 2;
                }

                await using var scope = await CommandServices.OpenAsync(parse, cancellationToken);
                var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
                var loaded = await AchievementSummaryBuilder.LoadAsync(
                    db,
                    parse.GetValue(la)!,
                    academicYear.StartYear,
                    await Beacon.Application.Schools.AchievementCatalogs.InForceAsync(db, cancellationToken),
                    cancellationToken
                );
                if (!loaded.Succeeded)
                {
                    await Console.Error.WriteLineAsync(loaded.Problem!.Message);
                    return 2;
                }

                var summary = loaded.Value;

                var authority = Site(parse).AuthorityName;
                return await WriteAsync(
                    parse.GetValue(format)!,
                    parse.GetValue(output),
                    $"pupil-achievement-{parse.GetValue(la)}-{academicYear.Code}",
                    () => AchievementSummaryHtml.Write(summary, authority),
                    stream => AchievementSummaryDocx.Write(summary, authority, Today(scope), stream),
                    cancellationToken
                );
            }
        );
        return command;
    }

    private static Command Scorecard(Option<FileInfo?> output)
    {
        var year = YearOption();
        var urns = new Option<int[]>("--urn") { Description = "A school's URN (repeat for more)", AllowMultipleArgumentsPerToken = true };
        var la = new Option<string?>("--la") { Description = "Every school of this local authority (three-digit code)" };
        var command = new Command("scorecard", "School scorecards, one page a school, as a Word document") { year, urns, la, output };
        command.SetAction(
            async (parse, cancellationToken) =>
            {
                if (await AcademicYearAsync(parse.GetValue(year)) is not { } academicYear)
                {
                    return 2;
                }

                await using var scope = await CommandServices.OpenAsync(parse, cancellationToken);
                var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
                var chosen = parse.GetValue(urns) ?? [];
                if (parse.GetValue(la) is { } code)
                {
                    chosen =
                    [
                        .. chosen,
                        .. await db.Schools.Where(s => s.LaCode == code).Select(s => s.Urn).ToListAsync(cancellationToken),
                    ];
                }

                if (chosen.Length == 0)
                {
                    await Console.Error.WriteLineAsync("Give --urn or --la: no school was chosen");
                    return 2;
                }

                var cards = await SchoolScorecardBuilder.BuildAsync(
                    db,
                    chosen.Distinct().ToList(),
                    academicYear.StartYear,
                    await Beacon.Application.Schools.AchievementCatalogs.InForceAsync(db, cancellationToken),
                    cancellationToken
                );
                var authority = Site(parse).AuthorityName;
                return await WriteAsync(
                    "docx",
                    parse.GetValue(output),
                    $"scorecards-{academicYear.Code}",
                    () => "",
                    stream => SchoolScorecardDocx.Write(cards, authority, Today(scope), stream),
                    cancellationToken
                );
            }
        );
        return command;
    }

    private static Option<string> YearOption() =>
        new("--year") { Description = "The academic year as DfE writes it, e.g. 201819", Required = true };

    private static async Task<Domain.Periods.AcademicYear?> AcademicYearAsync(string? code)
    {
        var year = Domain.Periods.AcademicYear.FromCode(code);
        if (year is null)
        {
            await Console.Error.WriteLineAsync($"{code}: not an academic year as DfE writes it (e.g. 201819)");
        }

        return year;
    }

    private static BeaconSiteOptions Site(ParseResult parse) =>
        CliSettings.Configuration(parse).GetSection(BeaconSiteOptions.Section).Get<BeaconSiteOptions>() ?? new BeaconSiteOptions();

    private static async Task<int> WriteAsync(
        string kind,
        FileInfo? output,
        string name,
        Func<string> html,
        Action<Stream> docx,
        CancellationToken cancellationToken
    )
    {
        var file = output?.FullName ?? Path.GetFullPath($"{name}.{kind}");
        if (kind == "html")
        {
            await File.WriteAllTextAsync(file, html(), cancellationToken);
        }
        else
        {
            await using var stream = File.Create(file);
            docx(stream);
        }

        Console.WriteLine($"Wrote {file}");
        return 0;
    }
}
