using System.Globalization;
using System.Text.Json;
using Beacon.Application.Performance;
using Beacon.Application.Protocol;
using Beacon.Application.Schools;
using Beacon.Data;
using Beacon.Data.Audit;
using Beacon.Data.Committees;
using Beacon.Domain;
using Beacon.Domain.Committees;
using Beacon.Domain.Periods;
using Beacon.Domain.SocialCare;
using Beacon.Import.SocialCare;
using Beacon.Reports.Committees;
using Beacon.Reports.Performance;
using Beacon.Reports.Protocol;
using Beacon.Reports.Schools;
using Beacon.Reports.SocialCare;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Committees;

/// <summary>
/// Builds the Beacon report an agenda item's paper rests on and keeps it as it stands: the public part, the
/// exempt part apart, and the data version and import runs it read, so that it can be reproduced.
/// </summary>
public static class PaperFreezer
{
    public static async Task<Result<FrozenPaper>> FreezeAsync(
        BeaconDbContext db,
        AgendaItem item,
        BeaconSiteOptions site,
        DateTime nowUtc,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(site);
        var date = DateOnly.FromDateTime(nowUtc);
        var parameters = item.SourceParameters ?? "";
        using var publicPart = new MemoryStream();
        using var exemptPart = new MemoryStream();
        var hasExempt = false;
        switch (item.Source)
        {
            case PaperSource.PerformanceReport:
                var quarter = FinancialQuarter.Parse(parameters);
                if (!quarter.Succeeded)
                {
                    return quarter.Problem!;
                }

                PerformanceReportDocx.Write(
                    await PerformanceReportBuilder.BuildAsync(db, quarter.Value, site, cancellationToken),
                    date,
                    publicPart
                );
                break;
            case PaperSource.TermlyCategorisation:
                if (
                    !int.TryParse(parameters, CultureInfo.InvariantCulture, out var reviewId)
                    || await db.SchoolReviews.FindAsync([reviewId], cancellationToken) is not { } review
                )
                {
                    return NotFound(item, "school review");
                }

                var termly = await TermlyReportBuilder.BuildAsync(db, review, site.AuthorityName, cancellationToken);
                TermlyReportWriter.WriteDocx(termly, withAppendix: false, date, publicPart);
                TermlyReportWriter.WriteAppendixDocx(termly, date, exemptPart);
                hasExempt = true;
                break;
            case PaperSource.OfstedOutcomes:
                var period = parameters.Split("..");
                if (
                    period.Length != 2
                    || !DateOnly.TryParse(period[0], CultureInfo.InvariantCulture, out var from)
                    || !DateOnly.TryParse(period[1], CultureInfo.InvariantCulture, out var to)
                )
                {
                    return NotFound(item, "period");
                }

                OfstedOutcomesDocx.Write(
                    await OfstedOutcomesReportBuilder.BuildAsync(db, SchoolGroup.England, from, to, site, cancellationToken),
                    date,
                    publicPart
                );
                break;
            case PaperSource.AchievementSummary:
                var laAndYear = parameters.Split(';');
                if (laAndYear.Length < 2 || AcademicYear.FromCode(laAndYear[1]) is not { } year)
                {
                    return NotFound(item, "year");
                }

                var summary = await AchievementSummaryBuilder.LoadAsync(
                    db,
                    laAndYear[0],
                    year.StartYear,
                    await AchievementCatalogs.InForceAsync(db, cancellationToken),
                    cancellationToken
                );
                if (!summary.Succeeded)
                {
                    return summary.Problem!;
                }

                AchievementSummaryDocx.Write(summary.Value, site.AuthorityName, date, publicPart);
                break;
            case PaperSource.FosteringQuarter:
                var json = await db
                    .FosteringReturns.Where(f => f.Quarter == parameters)
                    .Select(f => f.Json)
                    .SingleOrDefaultAsync(cancellationToken);
                if (json is null || JsonSerializer.Deserialize<FosteringQuarter>(json, FosteringQuarterFormat.Json) is not { } fostering)
                {
                    return NotFound(item, "fostering return");
                }

                FosteringReportWriter.WriteDocx(site.AuthorityName, fostering, date, publicPart);
                break;
            case PaperSource.InstrumentOfGovernment:
                if (
                    !int.TryParse(parameters, CultureInfo.InvariantCulture, out var instrumentId)
                    || await db.Instruments.FindAsync([instrumentId], cancellationToken) is not { } instrument
                )
                {
                    return NotFound(item, "instrument of government");
                }

                InstrumentOfGovernmentDocx.Write(instrument.ToInstrument(), site.AuthorityName, instrument.MadeBy, date, publicPart);
                break;
            case PaperSource.SavingsProgramme:
                if (await Savings.SavingsSchedules.LoadAsync(db, parameters, cancellationToken) is not { } schedule)
                {
                    return NotFound(item, "savings programme");
                }

                // The programme's equality impact assessments go with it as Appendix 2, as the seed's item 5.1 files them.
                var assessed = await db
                    .EqualityAssessments.Where(a => a.SavingsProgrammeId == schedule.Programme.Id)
                    .OrderBy(a => a.Reference)
                    .Select(a => a.Reference)
                    .ToListAsync(cancellationToken);
                var appendix2 = new List<Reports.Equality.EqualityImpactAssessmentReport>();
                foreach (var reference in assessed)
                {
                    var read = (await Equality.EqualityAssessments.LoadAsync(db, reference, cancellationToken))!;
                    appendix2.Add(await Equality.EqualityAssessments.ForPaperAsync(db, read, cancellationToken));
                }

                if (appendix2.Count == 0)
                {
                    Reports.Savings.SavingsScheduleDocx.Write(
                        Savings.SavingsSchedules.Report(schedule),
                        site.AuthorityName,
                        date,
                        publicPart
                    );
                }
                else
                {
                    Reports.Savings.SavingsPaperDocx.Write(
                        Savings.SavingsSchedules.Report(schedule),
                        appendix2,
                        site.AuthorityName,
                        date,
                        publicPart
                    );
                }

                break;
            case PaperSource.LocalProfile:
                var laAndProfileYear = parameters.Split(';');
                if (
                    laAndProfileYear.Length != 2
                    || Import.Geography.LocalAuthorityRegister.Shipped.FindByOldCode(laAndProfileYear[0].Trim()) is not { } authority
                    || !int.TryParse(laAndProfileYear[1], CultureInfo.InvariantCulture, out var profileYear)
                )
                {
                    return NotFound(item, "local authority and year (e.g. 805;2024)");
                }

                var set = await Benchmarking.BenchmarkLoader.LoadAsync(db, cancellationToken);
                Reports.Benchmarking.LocalProfileDocx.Write(
                    authority.Name,
                    profileYear.ToString(CultureInfo.InvariantCulture),
                    [.. set.NeighboursOf(authority.OldCode, profileYear).Select(Benchmarking.BenchmarkCoverage.NameOf)],
                    set.Profile(authority.OldCode, profileYear),
                    date,
                    publicPart
                );
                break;
            case PaperSource.EqualityImpactAssessment:
                if (await Equality.EqualityAssessments.LoadAsync(db, parameters.Trim(), cancellationToken) is not { } assessment)
                {
                    return NotFound(item, "equality impact assessment");
                }

                Reports.Equality.EqualityImpactAssessmentDocx.Write(
                    await Equality.EqualityAssessments.ForPaperAsync(db, assessment, cancellationToken),
                    site.AuthorityName,
                    date,
                    publicPart
                );
                break;
            case PaperSource.SavingsDelivery:
                var codeAndQuarter = parameters.Split(';');
                var deliveryQuarter = FinancialQuarter.Parse(codeAndQuarter.Length == 2 ? codeAndQuarter[1] : "");
                if (
                    !deliveryQuarter.Succeeded
                    || await Savings.SavingsSchedules.LoadAsync(db, codeAndQuarter[0].Trim(), cancellationToken) is not { } programme
                    || Savings.SavingsSchedules.Delivery(programme, deliveryQuarter.Value) is not { } delivery
                )
                {
                    return NotFound(item, "approved savings programme and quarter (e.g. EIG-2014-15;2014-Q1)");
                }

                Reports.Savings.SavingsDeliveryDocx.Write(delivery, site.AuthorityName, date, publicPart);
                break;
            default:
                return Result.Failure(
                    "no-report",
                    $"Item {item.Number} is an officer's written report: there is no Beacon report to freeze."
                );
        }

        var runs = await db.ImportRuns.OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(cancellationToken);
        return new FrozenPaper
        {
            AgendaItemId = item.Id,
            PublicDocx = publicPart.ToArray(),
            ExemptDocx = hasExempt ? exemptPart.ToArray() : null,
            FrozenAtUtc = nowUtc,
            DataVersion = await DataVersion.CurrentAsync(db, cancellationToken),
            ImportRuns = string.Join(",", runs),
        };
    }

    private static Problem NotFound(AgendaItem item, string what) =>
        Result.Failure("not-found", $"Item {item.Number}'s paper names a {what} Beacon does not hold: \"{item.SourceParameters}\".");
}
