using Beacon.Data;
using Beacon.Domain;
using Beacon.Domain.Periods;
using Beacon.Import.AnnexA;
using Beacon.Import.Benchmarking;
using Beacon.Import.DfeOpenData;
using Beacon.Import.Finance;
using Beacon.Import.Geography;
using Beacon.Import.Performance;
using Beacon.Import.Schools;
using Beacon.Import.SocialCare;

namespace Beacon.Import.Pipeline;

/// <summary>The file layouts Beacon reads, by the names the command line and the upload page use.</summary>
public static class ImportFormats
{
    /// <summary>Each format's name and what it is, in the order people are offered them.</summary>
    public static IReadOnlyList<(string Name, string Description)> All { get; } =
    [
        (DfeOpenDataFormat.FormatName, "DfE open data (explore education statistics CSV)"),
        (FinanceLinesFormat.FormatName, "Departmental finance lines (department, quarter, group, line, budgets in £'000)"),
        (GiasEstablishmentsFormat.FormatName, "Get Information about Schools: establishments (the school register)"),
        (OfstedInspectionsFormat.FormatName, "Ofsted state-funded schools management information: most recent inspections (CSV)"),
        (GiasLinksFormat.FormatName, "Get Information about Schools: links (predecessor and successor schools)"),
        (
            PerformanceTablesSchoolsFormat.FormatName,
            "DfE performance tables, school level (KS2 or KS4 final; give the academic year, e.g. 201819, as --dataset)"
        ),
        (
            IndicatorDefinitionsFormat.FormatName,
            "Key performance indicators of the framework (reference, title, business area, lead, unit, polarity)"
        ),
        (
            MilestoneDefinitionsFormat.FormatName,
            "Key milestones of the framework (objective, milestone, business area, lead; due and completion dates optional)"
        ),
        (IndicatorValuesFormat.FormatName, "Quarterly indicator values (indicator, quarter, value; numerator and denominator optional)"),
        (
            StatisticalNeighboursFormat.FormatName,
            "DfE statistical neighbour groupings (2025 or April 2021 layout; give the model's first year, e.g. 2025, as --dataset)"
        ),
        (
            AuthorityInspectionsFormat.FormatName,
            "Ofsted's tables of local authority children's services inspections (latest, in-year, ILACS history)"
        ),
        (
            BenchmarkIndicatorsFormat.FormatName,
            "Benchmarking indicator definitions over the DfE statistics (code, name, dataset, filters, measure, unit, polarity)"
        ),
        (FosteringQuarterFormat.FormatName, "The fostering service's quarterly return (JSON)"),
        (
            AnnexAFormat.FormatName,
            "Ofsted's Annex A extract: child-level lists (XLSX, a sheet per list, or a zip of CSV files, one per list)"
        ),
    ];

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
