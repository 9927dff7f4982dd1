using Beacon.Application.Schools;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Domain.Achievement;
using Beacon.Import.Geography;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Schools;

/// <summary>The achievement explorer: one measure, one pupil group, one year, for every authority beside England.</summary>
[RequirePermission(Permission.ViewAnySchool)]
public sealed class ExploreModel(BeaconDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "measure")]
    public string? MeasureCode { get; set; }

    [BindProperty(SupportsGet = true, Name = "group")]
    public string? Group { get; set; }

    [BindProperty(SupportsGet = true, Name = "year")]
    public string? YearCode { get; set; }

    public IReadOnlyList<AchievementMeasure> Measures { get; private set; } = [];

    public IReadOnlyList<string> Groups { get; private set; } = [];

    public IReadOnlyList<string> Years { get; private set; } = [];

    public AchievementMeasure? Measure { get; private set; }

    public decimal? England { get; private set; }

    public IReadOnlyList<(LocalAuthority Authority, decimal? Value, string? Symbol)> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var catalog = AchievementCatalog.Shipped;
        var knownColumns = catalog.Measures.SelectMany(m => m.Columns).ToList();
        // Only the measures Beacon knows: the statistics table holds every figure of every file loaded.
        var known = (
            await db
                .Statistics.Where(s => s.GeographicLevel == "Local authority" && knownColumns.Contains(s.Measure))
                .Select(s => new
                {
                    s.Dataset,
                    s.Measure,
                    s.TimePeriod,
                    s.Filters,
                })
                .Distinct()
                .ToListAsync(cancellationToken)
        ).Select(k => (Measure: catalog.ForColumn(k.Measure, k.Dataset, k.Filters), k.Dataset, k.TimePeriod, k.Filters)).Where(k => k.Measure is not null).ToList();
        Measures = catalog.Measures.Where(m => known.Any(k => k.Measure == m)).ToList();
        Measure = Measures.FirstOrDefault(m => m.Code == MeasureCode) ?? (Measures.Count > 0 ? Measures[0] : null);
        if (Measure is null)
        {
            return;
        }

        var forMeasure = known.Where(k => k.Measure == Measure).ToList();
        Years = forMeasure.Select(k => k.TimePeriod).Distinct().OrderDescending().ToList();
        YearCode =
            Years.Contains(YearCode) ? YearCode
            : Years.Count > 0 ? Years[0]
            : null;
        Groups = forMeasure.Where(k => k.TimePeriod == YearCode).Select(k => Measure.GroupOf(k.Filters)).Distinct().Order().ToList();
        Group =
            Groups.Contains(Group) ? Group
            : Groups.Count > 0 ? Groups[0]
            : null;
        // Only the datasets whose column is this measure's: KS1 and KS2 writing share a column name.
        var datasets = forMeasure.Select(k => k.Dataset).Distinct().ToList();
        var columns = Measure.Columns;
        var figures = (
            await db
                .Statistics.AsNoTracking()
                .Where(s =>
                    s.TimePeriod == YearCode
                    && columns.Contains(s.Measure)
                    && datasets.Contains(s.Dataset)
                    && (s.GeographicLevel == "Local authority" || s.GeographicLevel == "National")
                )
                .Select(s => new
                {
                    s.GeographyCode,
                    s.Filters,
                    s.Value,
                    s.Symbol,
                })
                .ToListAsync(cancellationToken)
        ).Where(f => Measure.ReadsRow(f.Filters) && Measure.GroupOf(f.Filters) == Group).GroupBy(f => f.GeographyCode).ToDictionary(g => g.Key, g => g.OrderBy(f => Domain.Statistics.PublicationVersion.RankOf(f.Filters)).First());
        England = figures.GetValueOrDefault(AchievementSummaryBuilder.EnglandCode)?.Value;
        Rows = LocalAuthorityRegister
            .Shipped.All.Where(a => figures.ContainsKey(a.NewCode))
            .Select(a => (a, figures[a.NewCode].Value, figures[a.NewCode].Symbol))
            // Highest first for a percentage or score; authorities without a published figure last.
            .OrderBy(r => r.Value is null)
            .ThenByDescending(r => r.Value)
            .ThenBy(r => r.a.Name, StringComparer.Ordinal)
            .ToList();
    }
}
