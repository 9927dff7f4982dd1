using Beacon.Data;
using Beacon.Data.Schools;
using Beacon.Domain.Achievement;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Demo;

/// <summary>
/// The figures of the Pupil Achievement Summary 2013 (seed 000, item 7.3) that no DfE file gives in a layout Beacon
/// reads, recorded as an officer would, with the paper as their source: more-than-expected progress, SPaG level 4,
/// KS4 levels of progress, A level and AS grades, destinations, and the phonics gaps the paper states.
/// </summary>
public static class AchievementDemo
{
    private const string Hartlepool = "E06000001";

    private const string England = "E92000001";

    private const string Source = "Pupil Achievement Summary 2013 (Provisional), Children's Services Committee, October 2013";

    private static readonly (string Measure, int Year, string Place, RecordedFigureKind Kind, decimal Value, bool Provisional)[] Figures =
    [
        ("phonics_y2_retake", 2012, Hartlepool, RecordedFigureKind.Figure, 80, false),
        ("phonics_y1_exp", 2012, Hartlepool, RecordedFigureKind.GenderGap, 10, false),
        ("phonics_y1_exp", 2011, Hartlepool, RecordedFigureKind.GenderGap, 9, false),
        ("phonics_y1_exp", 2012, Hartlepool, RecordedFigureKind.DisadvantageGap, 9, false),
        ("phonics_y1_exp", 2011, Hartlepool, RecordedFigureKind.DisadvantageGap, 14, false),
        ("ks2_gps_l4", 2012, Hartlepool, RecordedFigureKind.Figure, 76, false),
        ("ks2_read_3lp", 2012, Hartlepool, RecordedFigureKind.Figure, 32, false),
        ("ks2_writ_3lp", 2012, Hartlepool, RecordedFigureKind.Figure, 30, false),
        ("ks2_mat_3lp", 2012, Hartlepool, RecordedFigureKind.Figure, 32, false),
        ("ks4_eng_3lp", 2012, Hartlepool, RecordedFigureKind.Figure, 64, false),
        ("ks4_eng_3lp", 2011, England, RecordedFigureKind.Figure, 67, false),
        ("ks4_mat_3lp", 2012, Hartlepool, RecordedFigureKind.Figure, 65, false),
        ("ks4_mat_3lp", 2011, England, RecordedFigureKind.Figure, 68, false),
        ("ks4_eng_4lp", 2012, Hartlepool, RecordedFigureKind.Figure, 26, false),
        ("ks4_eng_4lp", 2011, England, RecordedFigureKind.Figure, 28, false),
        ("ks4_mat_4lp", 2012, Hartlepool, RecordedFigureKind.Figure, 21, false),
        ("ks4_mat_4lp", 2011, England, RecordedFigureKind.Figure, 31, false),
        ("ks5_a2_astar", 2012, Hartlepool, RecordedFigureKind.Figure, 8, false),
        ("ks5_a2_astar", 2012, England, RecordedFigureKind.Figure, 8, true),
        ("ks5_a2_ab", 2012, Hartlepool, RecordedFigureKind.Figure, 54, false),
        ("ks5_a2_ab", 2012, England, RecordedFigureKind.Figure, 53, true),
        ("ks5_a2_ac", 2012, Hartlepool, RecordedFigureKind.Figure, 79, false),
        ("ks5_a2_ac", 2012, England, RecordedFigureKind.Figure, 77, true),
        ("ks5_a2_ae", 2012, Hartlepool, RecordedFigureKind.Figure, 98.4m, false),
        ("ks5_a2_ae", 2012, England, RecordedFigureKind.Figure, 98.1m, true),
        ("ks5_as_a", 2012, Hartlepool, RecordedFigureKind.Figure, 13, false),
        ("ks5_as_a", 2012, England, RecordedFigureKind.Figure, 20, true),
        ("ks5_as_ab", 2012, Hartlepool, RecordedFigureKind.Figure, 34, false),
        ("ks5_as_ab", 2012, England, RecordedFigureKind.Figure, 40, true),
        ("ks5_as_ac", 2012, Hartlepool, RecordedFigureKind.Figure, 56, false),
        ("ks5_as_ac", 2012, England, RecordedFigureKind.Figure, 61, true),
        ("ks5_as_ae", 2012, Hartlepool, RecordedFigureKind.Figure, 87.8m, false),
        ("ks5_as_ae", 2012, England, RecordedFigureKind.Figure, 88.3m, true),
        ("ks5_dest_university", 2012, Hartlepool, RecordedFigureKind.Figure, 77, false),
        ("ks5_dest_university", 2011, England, RecordedFigureKind.Figure, 69, false),
        ("ks5_dest_russell", 2012, Hartlepool, RecordedFigureKind.Figure, 21, false),
        ("ks5_dest_russell", 2011, England, RecordedFigureKind.Figure, 8, false),
        ("ks5_dest_oxbridge", 2012, Hartlepool, RecordedFigureKind.Figure, 1.1m, false),
        ("ks5_dest_oxbridge", 2011, England, RecordedFigureKind.Figure, 1.0m, false),
    ];

    public static async Task SeedAsync(BeaconDbContext db, DateTime recordedAtUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.RecordedAchievementFigures.AnyAsync(cancellationToken))
        {
            return;
        }

        db.RecordedAchievementFigures.AddRange(
            Figures.Select(f => new RecordedAchievementFigure
            {
                MeasureCode = f.Measure,
                Year = f.Year,
                GeographyCode = f.Place,
                Kind = f.Kind.ToString(),
                PupilGroup = PupilGroups.AllPupils,
                Value = f.Value,
                IsProvisional = f.Provisional,
                Source = Source,
                RecordedBy = DemoSeeder.UserNameFor(Domain.Access.BeaconRole.SchoolImprovementOfficer),
                RecordedAtUtc = recordedAtUtc,
            })
        );
        await db.SaveChangesAsync(cancellationToken);
    }
}
