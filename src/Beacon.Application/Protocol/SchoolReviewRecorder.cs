using Beacon.Application.Schools;
using Beacon.Data;
using Beacon.Data.Protocol;
using Beacon.Domain;
using Beacon.Domain.Periods;
using Beacon.Domain.Protocol;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Protocol;

/// <summary>
/// The termly School Review Meeting's records: the review opened for a term under the protocol in force, officers'
/// judgements on the criteria Beacon cannot compute, the meeting's decisions (appended, never overwritten), and the
/// close that locks them. Every record is audited with its reason.
/// </summary>
public sealed class SchoolReviewRecorder(BeaconDbContext db, TimeProvider clock)
{
    /// <summary>The problem's code where closing would leave schools undecided and the officer has not confirmed it.</summary>
    public const string Undecided = "undecided";

    /// <summary>
    /// Opens the review of one of the offered terms, of the group's schools open on the meeting's day, fixed then;
    /// its id.
    /// </summary>
    public async Task<Result<int>> OpenAsync(
        string? term,
        DateOnly? meetingDate,
        IReadOnlyList<AcademicTerm> offered,
        SchoolGroup schools,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(offered);
        var problems = new List<Problem>();
        var chosen = offered.FirstOrDefault(t => t.ToString() == term);
        if (term is null || chosen == default)
        {
            problems.Add(Result.Failure("Term", "Select the term"));
        }
        else if (await db.SchoolReviews.AnyAsync(r => r.Term == term, cancellationToken))
        {
            problems.Add(Result.Failure("Term", $"There is already a review for {term}"));
        }

        if (meetingDate is null)
        {
            problems.Add(Result.Failure("MeetingDate", "Enter the date of the School Review Meeting"));
        }

        if (Result.Combine(problems) is { } problem)
        {
            return problem;
        }

        var protocol = await ProtocolVersions.InForceAsync(db, meetingDate!.Value, cancellationToken);
        var review = new SchoolReview
        {
            Term = chosen.ToString(),
            MeetingDate = meetingDate.Value,
            ProtocolVersion = protocol.Version,
        };
        var scope = await SchoolOutcomes.UrnsAsync(db, schools, meetingDate.Value, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.SchoolReviews.Add(review);
        db.AuditScope.Reason = "review opened";
        await db.SaveChangesAsync(cancellationToken);
        db.SchoolReviewSchools.AddRange(scope.Select(urn => new SchoolReviewSchool { ReviewId = review.Id, Urn = urn }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return review.Id;
    }

    /// <summary>
    /// Closes the review: its decisions stand, and a later change is a new decision with a reason. With schools still
    /// undecided it is refused, naming them, unless the officer has confirmed closing with them undecided.
    /// </summary>
    public async Task<Result> CloseAsync(int reviewId, string closedBy, bool undecidedConfirmed, CancellationToken cancellationToken)
    {
        if (await db.SchoolReviews.FindAsync([reviewId], cancellationToken) is not { } review)
        {
            return Result.Failure("not-found", "There is no such review");
        }

        if (
            !review.IsClosed
            && !undecidedConfirmed
            && await SchoolReviews.UndecidedAsync(db, reviewId, cancellationToken) is { Count: > 0 } undecided
        )
        {
            return Result.Failure(
                Undecided,
                $"{undecided.Count} {(undecided.Count == 1 ? "school has" : "schools have")} no decision: {string.Join(", ", undecided.Select(u => u.Name))}"
            );
        }

        if (!review.IsClosed)
        {
            review.ClosedAtUtc = clock.GetUtcNow().UtcDateTime;
            review.ClosedBy = closedBy;
            db.AuditScope.Reason = "review closed";
            await db.SaveChangesAsync(cancellationToken);
        }

        return Result.Done;
    }

    /// <summary>An officer's judgement on a criterion Beacon cannot compute; refused once the review is closed.</summary>
    public async Task<Result> JudgeAsync(
        SchoolReview review,
        SchoolProposal school,
        string? criterion,
        bool? met,
        string? note,
        string recordedBy,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(school);
        if (review.IsClosed)
        {
            return Result.Failure("Criterion", "The review is closed: its judgements are locked.");
        }

        if (school.Proposal.Results.FirstOrDefault(r => r.Criterion.Code == criterion && r.Criterion.Check is null) is not { } result)
        {
            return Result.Failure("Criterion", "Select a criterion that officers judge");
        }

        if (met is not { } isMet)
        {
            return Result.Failure("Met", "Say whether the criterion is met");
        }

        db.OfficerJudgements.Add(
            new OfficerJudgement
            {
                ReviewId = review.Id,
                Urn = school.Urn,
                CriterionCode = result.Criterion.Code,
                Met = isMet,
                Note = Blank(note),
                RecordedBy = recordedBy,
                RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
            }
        );
        db.AuditScope.Reason = Blank(note) ?? "officer judgement";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    /// <summary>Records a decision, appended to the school's record for the term, unless the rules refuse it.</summary>
    public async Task<Result> DecideAsync(
        SchoolReview review,
        SchoolProposal school,
        SchoolRating rating,
        string? reason,
        string? concerns,
        string? supportPlan,
        string decidedBy,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(school);
        var allowed = RatingDecisionRules.Check(school.Proposal.Rating, rating, reason, review.IsClosed);
        if (!allowed.Succeeded)
        {
            return allowed;
        }

        db.RatingDecisions.Add(
            new RatingDecision
            {
                ReviewId = review.Id,
                Urn = school.Urn,
                ProposedRating = school.Proposal.Rating?.Name(),
                ProposalReasons = string.Join(
                    "; ",
                    school.Proposal.Reasons.Select(r => $"{r.Criterion.Code} {r.Criterion.Text} ({r.Evidence})")
                ),
                Rating = rating.Name(),
                Reason = Blank(reason),
                Concerns = Blank(concerns),
                SupportPlan = Blank(supportPlan),
                AfterClose = review.IsClosed,
                DecidedBy = decidedBy,
                DecidedAtUtc = clock.GetUtcNow().UtcDateTime,
            }
        );
        db.AuditScope.Reason = Blank(reason) ?? "as proposed";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
