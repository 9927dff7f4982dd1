using Beacon.Data;
using Beacon.Domain;
using Beacon.Domain.Access;
using Beacon.Domain.Periods;
using Beacon.Import.AnnexA;
using Beacon.Import.Benchmarking;
using Beacon.Import.DfeOpenData;
using Beacon.Import.Finance;
using Beacon.Import.Geography;
using Beacon.Import.Performance;
using Beacon.Import.Savings;
using Beacon.Import.Schools;
using Beacon.Import.SocialCare;

namespace Beacon.Import.Pipeline;

/// <summary>The file layouts Beacon reads, by the names the command line and the upload page use.</summary>
public static class ImportFormats
{
    /// <summary>
    /// Each format's name, what it is, and the permission to edit what it writes, in the order people are offered
    /// them. National statistics need only the right to import: they are published figures nobody edits here.
    /// </summary>
    public static IReadOnlyList<ImportFormatInfo> All { get; } =
    [
        new(DfeOpenDataFormat.FormatName, "DfE open data (explore education statistics CSV)", Permission.ImportData),
        new(
            FinanceLinesFormat.FormatName,
            "Departmental finance lines (department, quarter, group, line, budgets in £'000)",
            Permission.EditFinance
        ),
        new(
            GiasEstablishmentsFormat.FormatName,
            "Get Information about Schools: establishments (the school register)",
            Permission.EditSchools
        ),
        new(
            OfstedInspectionsFormat.FormatName,
            "Ofsted state-funded schools management information: most recent inspections (CSV)",
            Permission.EditSchools
        ),
        new(GiasLinksFormat.FormatName, "Get Information about Schools: links (predecessor and successor schools)", Permission.EditSchools),
        new(
            PerformanceTablesSchoolsFormat.FormatName,
            "DfE performance tables, school level (KS2 or KS4 final; give the academic year, e.g. 201819, as --dataset)",
            Permission.EditSchools
        ),
        new(
            IndicatorDefinitionsFormat.FormatName,
            "Key performance indicators of the framework (reference, title, business area, lead, unit, polarity)",
            Permission.EditPerformance
        ),
        new(
            MilestoneDefinitionsFormat.FormatName,
            "Key milestones of the framework (objective, milestone, business area, lead; due and completion dates optional)",
            Permission.EditPerformance
        ),
        new(
            IndicatorValuesFormat.FormatName,
            "Quarterly indicator values (indicator, quarter, value; numerator and denominator optional)",
            Permission.EditPerformance
        ),
        new(
            StatisticalNeighboursFormat.FormatName,
            "DfE statistical neighbour groupings (2025 or April 2021 layout; give the model's first year, e.g. 2025, as --dataset)",
            Permission.ImportData
        ),
        new(
            AuthorityInspectionsFormat.FormatName,
            "Ofsted's tables of local authority children's services inspections (latest, in-year, ILACS history)",
            Permission.ImportData
        ),
        new(
            BenchmarkIndicatorsFormat.FormatName,
            "Benchmarking indicator definitions over the DfE statistics (code, name, dataset, filters, measure, unit, polarity)",
            Permission.EditPerformance
        ),
        new(
            Lait.LaitDataFormat.FormatName,
            "LAIT's data set, bds_long (CSV): every figure of the DfE's Local Authority Interactive Tool",
            Permission.ImportData
        ),
        new(
            Lait.LaitDictionaryFormat.FormatName,
            "LAIT's data dictionary (CSV): each measure's topic, polarity, decimals and quartiles",
            Permission.ImportData
        ),
        new(FosteringQuarterFormat.FormatName, "The fostering service's quarterly return (JSON)", Permission.EditSocialCare),
        new(
            SavingsScheduleFormat.FormatName,
            "A savings programme's schedule: cost centres' budgets and their rated options (give the programme's code, e.g. EIG-2014-15, as --dataset)",
            Permission.EditFinance
        ),
        new(
            SectorLed.CoreDatasetFormat.FormatName,
            "The region's quarterly core dataset: the authority's return (indicator, value, narrative; give the quarter of the region's call, e.g. 2026-Q2, as --dataset)",
            Permission.EditPerformance
        ),
        new(
            AnnexAFormat.FormatName,
            "Ofsted's Annex A extract: child-level lists (XLSX, a sheet per list, or a zip of CSV files, one per list)",
            Permission.EditSocialCare
        ),
    ];

    /// <summary>The format of that name, or null when Beacon does not read it.</summary>
    public static ImportFormatInfo? Find(string name) => All.FirstOrDefault(f => f.Name == name);

    /// <summary>Formats of child-level data: loaded only by roles allowed to see it, never on the general upload page.</summary>
    public static IReadOnlySet<string> ChildLevel { get; } = new HashSet<string> { AnnexAFormat.FormatName };

    /// <summary>
    /// The reader for a named format, set up for this file and database; a format Beacon does not know, or a
    /// dataset the format needs and was not given as it must be, is a problem saying what to give.
    /// </summary>
    public static async Task<Result<IImportFormat>> CreateAsync(
        BeaconDbContext db,
        string format,
        string sourceName,
        string? dataset,
        IReadOnlyCollection<string>? filterNames,
        TimeProvider clock,
        CancellationToken cancellationToken
    ) =>
        format switch
        {
            DfeOpenDataFormat.FormatName => new DfeOpenDataFormat(
                string.IsNullOrWhiteSpace(dataset) ? DfeOpenDataFormat.DatasetFromFileName(sourceName) : dataset.Trim(),
                LocalAuthorityRegister.Shipped,
                filterNames
            ),
            FinanceLinesFormat.FormatName => await FinanceLinesFormat.CreateAsync(db, clock, cancellationToken),
            GiasEstablishmentsFormat.FormatName => new GiasEstablishmentsFormat(),
            GiasLinksFormat.FormatName => new GiasLinksFormat(),
            OfstedInspectionsFormat.FormatName => new OfstedInspectionsFormat(),
            PerformanceTablesSchoolsFormat.FormatName => AcademicYear.FromCode(dataset?.Trim()) is { } year
                ? new PerformanceTablesSchoolsFormat(year.Code)
                : DatasetProblem(dataset, "the academic year of the file as DfE writes it, for example 201819"),
            IndicatorDefinitionsFormat.FormatName => await IndicatorDefinitionsFormat.CreateAsync(db, cancellationToken),
            MilestoneDefinitionsFormat.FormatName => await MilestoneDefinitionsFormat.CreateAsync(db, cancellationToken),
            IndicatorValuesFormat.FormatName => await IndicatorValuesFormat.CreateAsync(db, clock, cancellationToken),
            StatisticalNeighboursFormat.FormatName => int.TryParse(
                dataset?.Trim(),
                System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture,
                out var model
            ) && model is > 2000 and < 2100
                ? new StatisticalNeighboursFormat(model)
                : DatasetProblem(dataset, "the first year the neighbour model is used for, for example 2025"),
            BenchmarkIndicatorsFormat.FormatName => new BenchmarkIndicatorsFormat(),
            AuthorityInspectionsFormat.FormatName => new AuthorityInspectionsFormat(),
            FosteringQuarterFormat.FormatName => new FosteringQuarterFormat(),
            Lait.LaitDataFormat.FormatName => new Lait.LaitDataFormat(),
            Lait.LaitDictionaryFormat.FormatName => new Lait.LaitDictionaryFormat(),
            SavingsScheduleFormat.FormatName => await SavingsScheduleFormat.CreateAsync(db, dataset?.Trim(), cancellationToken) switch
            {
                null => DatasetProblem(dataset, "the code of a savings programme Beacon holds, for example EIG-2014-15"),
                { ApprovedOn: { } approved } => Result.Failure(
                    "approved",
                    $"savings programme {dataset!.Trim()} was approved on {approved.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}: its schedule is now changed on the web, where each change is audited, not by importing it again"
                ),
                var savings => savings,
            },
            SectorLed.CoreDatasetFormat.FormatName => await SectorLed.CoreDatasetFormat.CreateAsync(db, dataset, clock, cancellationToken),
            AnnexAFormat.FormatName => new AnnexAFormat(AnnexAMap.Shipped),
            _ => Result.Failure(
                UnknownFormat,
                $"'{format}' is not a format Beacon reads; it reads {string.Join(", ", All.Select(f => f.Name))}"
            ),
        };

    /// <summary>The problem's code when the format is not one Beacon reads.</summary>
    public const string UnknownFormat = "unknown-format";

    /// <summary>The problem's code when the format needs a dataset it was not given as it must be.</summary>
    public const string DatasetNeeded = "dataset";

    private static Problem DatasetProblem(string? given, string what) =>
        Result.Failure(
            DatasetNeeded,
            string.IsNullOrWhiteSpace(given)
                ? $"this format needs a dataset: {what}"
                : $"'{given.Trim()}' is not a dataset this format can use: give {what}"
        );
}
