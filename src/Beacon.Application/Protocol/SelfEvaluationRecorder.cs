using Beacon.Data;
using Beacon.Data.Protocol;
using Beacon.Domain;
using Beacon.Domain.Protocol;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Protocol;

/// <summary>
/// The authority's self-evaluation of its school improvement arrangements and its preparation for Ofsted's inspection of
/// them (seed 000, item 6.1): strengths and weaknesses per aspect, overarching judgements, the triggers officers record,
/// the documents paragraph 14 asks for, and the action plan. Everything is audited.
/// </summary>
public sealed class SelfEvaluationRecorder(BeaconDbContext db)
{
    /// <summary>An aspect's strengths and weaknesses with their evidence; evaluating it again replaces them.</summary>
    public async Task<Result> EvaluateAsync(
        int aspect,
        string? strengths,
        string? weaknesses,
        string? evidence,
        CancellationToken cancellationToken
    )
    {
        var problems = new List<Problem>();
        CheckAspect(aspect, problems);
        if (string.IsNullOrWhiteSpace(strengths) && string.IsNullOrWhiteSpace(weaknesses))
        {
            problems.Add(Result.Failure("Strengths", "Enter the aspect's strengths, its weaknesses, or both"));
        }

        Require(evidence, "Evidence", "Enter the evidence for the strengths and weaknesses", problems);
        if (Result.Combine(problems) is { } problem)
        {
            return problem;
        }

        var row = await db.SelfEvaluation.SingleOrDefaultAsync(a => a.Aspect == aspect, cancellationToken);
        if (row is null)
        {
            row = new SelfEvaluationAspect { Aspect = aspect };
            db.SelfEvaluation.Add(row);
        }

        (row.Strengths, row.Weaknesses, row.Evidence) = ((strengths ?? "").Trim(), (weaknesses ?? "").Trim(), evidence!.Trim());
        db.AuditScope.Reason = "self-evaluation";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    /// <summary>An overarching judgement, the authority's own or Ofsted's; each is kept, the latest of each source counts.</summary>
    public async Task<Result> JudgeAsync(
        string? source,
        string? judgement,
        DateOnly? judgedOn,
        string? summary,
        CancellationToken cancellationToken
    )
    {
        var problems = new List<Problem>();
        if (!SchoolImprovementJudgementSources.All.Contains(source))
        {
            problems.Add(Result.Failure("Source", "Select whose judgement it is"));
        }

        if (!SchoolImprovementAspects.Judgements.Contains(judgement))
        {
            problems.Add(Result.Failure("Judgement", "Select effective or ineffective"));
        }

        if (judgedOn is null)
        {
            problems.Add(Result.Failure("JudgedOn", "Enter the date of the judgement"));
        }

        Require(summary, "Summary", "Enter a summary of the judgement", problems);
        if (Result.Combine(problems) is { } problem)
        {
            return problem;
        }

        db.SchoolImprovementJudgements.Add(
            new SchoolImprovementJudgement
            {
                Source = source!,
                Judgement = judgement!,
                JudgedOn = judgedOn!.Value,
                Summary = summary!.Trim(),
            }
        );
        db.AuditScope.Reason = $"{source} judgement: {judgement}";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    /// <summary>Records that a trigger no file carries has arisen (qualifying complaints, the Secretary of State's requirement).</summary>
    public async Task<Result> NoteTriggerAsync(string? trigger, DateOnly? notedOn, string? detail, CancellationToken cancellationToken)
    {
        var problems = new List<Problem>();
        if (trigger is null || !OfficerTriggers.All.ContainsKey(trigger))
        {
            problems.Add(Result.Failure("Trigger", "Select the trigger"));
        }

        if (notedOn is null)
        {
            problems.Add(Result.Failure("NotedOn", "Enter the date it arose"));
        }

        Require(detail, "Detail", "Enter what happened", problems);
        if (Result.Combine(problems) is { } problem)
        {
            return problem;
        }

        db.InspectionTriggerNotes.Add(
            new InspectionTriggerNote
            {
                Trigger = trigger!,
                NotedOn = notedOn!.Value,
                Detail = detail!.Trim(),
            }
        );
        db.AuditScope.Reason = "inspection trigger recorded";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    /// <summary>Where one of paragraph 14's documents stands.</summary>
    public async Task<Result> SetDocumentAsync(int item, string? state, string? note, CancellationToken cancellationToken)
    {
        var problems = new List<Problem>();
        if (item < 1 || item > InspectionDocuments.All.Count)
        {
            problems.Add(Result.Failure("Item", "Choose one of the documents"));
        }

        if (!InspectionDocuments.States.Contains(state))
        {
            problems.Add(Result.Failure("State", "Select where the document stands"));
        }

        if (Result.Combine(problems) is { } problem)
        {
            return problem;
        }

        var row = await db.InspectionDocuments.SingleOrDefaultAsync(d => d.Item == item, cancellationToken);
        if (row is null)
        {
            row = new InspectionDocument { Item = item };
            db.InspectionDocuments.Add(row);
        }

        (row.State, row.Note) = (state!, (note ?? "").Trim());
        db.AuditScope.Reason = "inspection document";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    /// <summary>An action in the plan after an ineffective judgement, against the aspect it addresses.</summary>
    public async Task<Result> PlanActionAsync(
        int aspect,
        string? action,
        string? owner,
        DateOnly? dueOn,
        CancellationToken cancellationToken
    )
    {
        var problems = new List<Problem>();
        CheckAspect(aspect, problems);
        Require(action, "Action", "Enter the action", problems);
        Require(owner, "Owner", "Enter who owns the action", problems);
        if (dueOn is null)
        {
            problems.Add(Result.Failure("DueOn", "Enter the date the action is due"));
        }

        if (Result.Combine(problems) is { } problem)
        {
            return problem;
        }

        db.InspectionActions.Add(
            new InspectionAction
            {
                Aspect = aspect,
                Action = action!.Trim(),
                Owner = owner!.Trim(),
                DueOn = dueOn!.Value,
            }
        );
        db.AuditScope.Reason = "inspection action plan";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    private static void CheckAspect(int aspect, List<Problem> problems)
    {
        if (aspect < 1 || aspect > SchoolImprovementAspects.All.Count)
        {
            problems.Add(Result.Failure("Aspect", "Choose one of the nine aspects"));
        }
    }

    private static void Require(string? text, string field, string message, List<Problem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(Result.Failure(field, message));
        }
    }
}
