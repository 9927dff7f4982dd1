using System.Globalization;
using Beacon.Data;
using Beacon.Data.Schools;
using Beacon.Domain;
using Beacon.Domain.Achievement;
using Beacon.Import.Geography;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Schools;

/// <summary>What an officer types to record a published achievement figure that no file gives.</summary>
public sealed record AchievementFigureInput(
    string? Measure,
    int? Year,
    string? Place,
    string? Kind,
    string? Group,
    string? Value,
    bool Provisional,
    string? Source
);

/// <summary>
/// Records a published achievement figure no file gives, with its source (audited): the authority's or England's,
/// for a group of pupils or a gap between groups. A figure recorded again replaces the first; one a DfE file gives
/// is shown from the file, not from here.
/// </summary>
public sealed class AchievementFigureRecorder(BeaconDbContext db, TimeProvider clock)
{
    public const string Authority = "authority";

    public const string England = "england";

    private const int MaxSource = 300;

    public async Task<Result> RecordAsync(
        AchievementFigureInput input,
        string laCode,
        string recordedBy,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<Problem>();
        var measure = AchievementCatalog.Shipped.Measures.FirstOrDefault(m => m.Code == input.Measure);
        if (measure is null)
        {
            problems.Add(Result.Failure("Measure", "Select the measure"));
        }

        if (input.Year is not (>= 2000 and <= 2100))
        {
            problems.Add(Result.Failure("Year", "Select the academic year"));
        }

        if (input.Place is not (Authority or England))
        {
            problems.Add(Result.Failure("Place", "Select whose figure it is"));
        }

        if (LocalAuthorityRegister.Shipped.FindByNewCode(laCode) is null)
        {
            problems.Add(Result.Failure("Place", $"{laCode} is not a local authority code Beacon knows"));
        }

        if (!Enum.TryParse<RecordedFigureKind>(input.Kind, out var kind))
        {
            problems.Add(Result.Failure("Kind", "Select whether it is a figure or a gap"));
        }

        var group = kind == RecordedFigureKind.Figure ? input.Group?.Trim() : PupilGroups.AllPupils;
        if (string.IsNullOrEmpty(group))
        {
            group = PupilGroups.AllPupils;
        }

        var value = ParseValue(input.Value, kind, measure?.Unit, problems);
        var source = input.Source?.Trim() ?? "";
        if (source.Length == 0)
        {
            problems.Add(Result.Failure("Source", "Enter where the figure was published"));
        }
        else if (source.Length > MaxSource)
        {
            problems.Add(Result.Failure("Source", $"Source must be {MaxSource} characters or fewer"));
        }

        if (Result.Combine(problems) is { } problem)
        {
            return problem;
        }

        var code = input.Place == England ? AchievementSummaryBuilder.EnglandCode : laCode;
        var figure = await db.RecordedAchievementFigures.SingleOrDefaultAsync(
            f =>
                f.MeasureCode == measure!.Code
                && f.Year == input.Year
                && f.GeographyCode == code
                && f.Kind == kind.ToString()
                && f.PupilGroup == group,
            cancellationToken
        );
        if (figure is null)
        {
            figure = new RecordedAchievementFigure
            {
                MeasureCode = measure!.Code,
                Year = input.Year!.Value,
                GeographyCode = code,
                Kind = kind.ToString(),
                PupilGroup = group,
            };
            db.RecordedAchievementFigures.Add(figure);
        }

        figure.Value = value!.Value;
        figure.IsProvisional = input.Provisional;
        figure.Source = source;
        figure.RecordedBy = recordedBy;
        figure.RecordedAtUtc = clock.GetUtcNow().UtcDateTime;
        db.AuditScope.Actor = recordedBy;
        db.AuditScope.Reason = $"Published figure recorded from: {source}";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    // A percentage lies in 0-100 and a gap in percentage points in -100 to 100; a score may be any number.
    private static decimal? ParseValue(string? text, RecordedFigureKind kind, MeasureUnit? unit, List<Problem> problems)
    {
        var typed = text?.Trim().TrimEnd('%').Trim() ?? "";
        if (typed.Length == 0)
        {
            problems.Add(Result.Failure("Value", "Enter the figure"));
            return null;
        }

        if (!decimal.TryParse(typed, NumberStyles.Number, CultureInfo.GetCultureInfo("en-GB"), out var value))
        {
            problems.Add(Result.Failure("Value", "The figure must be a number, like 88 or 98.4"));
            return null;
        }

        var (low, high) = kind == RecordedFigureKind.Figure ? (0m, 100m) : (-100m, 100m);
        if (unit == MeasureUnit.Percent && (value < low || value > high))
        {
            problems.Add(Result.Failure("Value", $"The figure must be between {low} and {high}"));
            return null;
        }

        return Math.Round(value, 2);
    }
}
