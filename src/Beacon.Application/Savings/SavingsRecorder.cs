using System.Globalization;
using Beacon.Data;
using Beacon.Data.Savings;
using Beacon.Domain;
using Beacon.Domain.Access;
using Beacon.Domain.Performance;
using Beacon.Domain.Periods;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Savings;

/// <summary>
/// Changes to a savings programme made on the web by finance and performance officers, each audited: an option's
/// terms, the committee's approval, and, once approved, each saving's delivery quarter by quarter.
/// </summary>
public sealed class SavingsRecorder(BeaconDbContext db)
{
    /// <summary>Changes an option's description, proposed saving, rating, staffing implications and risks.</summary>
    public async Task<Result> EditOptionAsync(
        int optionId,
        SavingOptionDraft draft,
        BeaconUser user,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (Refused(user) is { } refused)
        {
            return refused;
        }

        if (await db.SavingOptions.FindAsync([optionId], cancellationToken) is not { } option)
        {
            return Result.Failure("not-found", "There is no such saving option.");
        }

        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(draft.Description))
        {
            problems.Add(new Problem("description", "Enter what the option is"));
        }

        var saving = Amount(draft.NetSaving, "net-saving", "proposed net saving", problems, required: false);
        var ratings = await db.SavingRatings.Select(r => r.Code).ToListAsync(cancellationToken);
        var rating = string.IsNullOrWhiteSpace(draft.Rating)
            ? null
            : ratings.FirstOrDefault(r => string.Equals(r, draft.Rating.Trim(), StringComparison.OrdinalIgnoreCase));
        if (!string.IsNullOrWhiteSpace(draft.Rating) && rating is null)
        {
            problems.Add(new Problem("rating", $"'{draft.Rating}' is not one of the authority's ratings ({string.Join(", ", ratings)})"));
        }

        if (saving is > 0 && string.IsNullOrWhiteSpace(draft.Rating))
        {
            problems.Add(new Problem("rating", "Select the option's rating: a saving is rated"));
        }

        if (Result.Combine(problems) is { } problem)
        {
            return problem;
        }

        option.Description = draft.Description!.Trim();
        option.NetSaving = saving;
        option.Rating = rating;
        option.Staffing = Trimmed(draft.Staffing);
        option.Risks = Trimmed(draft.Risks);
        db.AuditScope.Actor = user.UserName;
        db.AuditScope.Reason = "Edited on the web";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    /// <summary>Records the day the committee approved the programme; delivery is tracked from then.</summary>
    public async Task<Result> ApproveAsync(
        string code,
        DateOnly? approvedOn,
        BeaconUser user,
        CancellationToken cancellationToken = default
    )
    {
        if (Refused(user) is { } refused)
        {
            return refused;
        }

        if (await db.SavingsProgrammes.SingleOrDefaultAsync(p => p.Code == code, cancellationToken) is not { } programme)
        {
            return Result.Failure("not-found", $"There is no savings programme {code}.");
        }

        if (programme.ApprovedOn is { } already)
        {
            return Result.Failure("approved-on", $"{programme.Code} was approved on {Date(already)}.");
        }

        if (approvedOn is null)
        {
            return Result.Failure("approved-on", "Enter the date the committee approved the programme");
        }

        programme.ApprovedOn = approvedOn;
        db.AuditScope.Actor = user.UserName;
        db.AuditScope.Reason = "Approved by committee";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    /// <summary>
    /// Records a proposed saving's delivery in a quarter of the programme's budget year: planned and achieved to
    /// date, and the delivery rating with its reason. A second record for the quarter replaces the first, audited.
    /// </summary>
    public async Task<Result> RecordDeliveryAsync(
        int optionId,
        FinancialQuarter quarter,
        SavingDeliveryDraft draft,
        BeaconUser user,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (Refused(user) is { } refused)
        {
            return refused;
        }

        var found = await (
            from o in db.SavingOptions
            join c in db.SavingsCostCentres on o.CostCentreId equals c.Id
            join p in db.SavingsProgrammes on c.ProgrammeId equals p.Id
            where o.Id == optionId
            select new { Option = o, Programme = p }
        ).SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return Result.Failure("not-found", "There is no such saving option.");
        }

        var programme = found.Programme;
        if (programme.ApprovedOn is null)
        {
            return Result.Failure(
                "not-approved",
                $"{programme.Code} is not yet approved: delivery is tracked once the committee approves it."
            );
        }

        var year = BudgetYear(programme);
        if (!year.Quarters.Contains(quarter))
        {
            return Result.Failure("quarter", $"{quarter.DisplayName} is not in the programme's budget year, {programme.BudgetYear}.");
        }

        var proposed = await db.SavingRatings.AnyAsync(r => r.Code == found.Option.Rating && r.CountsAsProposed, cancellationToken);
        if (!proposed)
        {
            return Result.Failure(
                "not-proposed",
                $"Option {found.Option.Number} ({found.Option.Description}) is not a proposed saving: its delivery is not tracked."
            );
        }

        var problems = new List<Problem>();
        var planned = Amount(draft.Planned, "planned", "amount planned", problems, required: true);
        var achieved = Amount(draft.Achieved, "achieved", "amount achieved", problems, required: true);
        ProgressRating? rating = Enum.TryParse<ProgressRating>(draft.Rating, ignoreCase: true, out var r) && Enum.IsDefined(r) ? r : null;
        if (rating is null)
        {
            problems.Add(new Problem("delivery-rating", "Select the delivery rating: green, amber or red"));
        }

        if (string.IsNullOrWhiteSpace(draft.Reason))
        {
            problems.Add(new Problem("reason", "Enter the reason for the delivery rating"));
        }

        if (Result.Combine(problems) is { } problem)
        {
            return problem;
        }

        var delivery = await db.SavingDeliveries.SingleOrDefaultAsync(
            d => d.OptionId == optionId && d.Year == quarter.StartYear && d.Quarter == quarter.Quarter,
            cancellationToken
        );
        if (delivery is null)
        {
            delivery = new SavingDelivery
            {
                OptionId = optionId,
                Year = quarter.StartYear,
                Quarter = quarter.Quarter,
            };
            db.SavingDeliveries.Add(delivery);
        }

        delivery.Planned = planned!.Value;
        delivery.Achieved = achieved!.Value;
        delivery.Rating = rating!.Value;
        delivery.Reason = draft.Reason!.Trim();
        delivery.RecordedBy = user.UserName;
        db.AuditScope.Actor = user.UserName;
        db.AuditScope.Reason = $"Delivery in {quarter}";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    /// <summary>The programme's budget year: "2014/15" is the financial year starting April 2014.</summary>
    public static FinancialYear BudgetYear(SavingsProgramme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return new FinancialYear(int.Parse(programme.BudgetYear.AsSpan(0, 4), CultureInfo.InvariantCulture));
    }

    private static Problem? Refused(BeaconUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return AccessPolicy.Can(user, Permission.EditFinance)
            ? null
            : Result.Failure("not-permitted", "Only finance and performance officers change a savings programme.");
    }

    // Pounds as typed: "1,520,000", "£30,000" or "30000.50"; none for an empty optional amount.
    private static decimal? Amount(string? text, string field, string name, List<Problem> problems, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                problems.Add(new Problem(field, $"Enter the {name}"));
            }

            return null;
        }

        var cleaned = text.Trim().TrimStart('£');
        if (
            !decimal.TryParse(
                cleaned,
                NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint,
                CultureInfo.GetCultureInfo("en-GB"),
                out var amount
            )
            || amount > 1_000_000_000m
        )
        {
            problems.Add(new Problem(field, $"The {name} must be an amount in pounds, like 30,000 ('{text.Trim()}' is not)"));
            return null;
        }

        return amount;
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
