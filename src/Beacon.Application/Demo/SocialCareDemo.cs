using System.Text.Json;
using Beacon.Data;
using Beacon.Data.SocialCare;
using Beacon.Domain.SocialCare;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Demo;

/// <summary>
/// Readiness records for the demo's Annex A sample (synthetic children, none real), dated from today so that the
/// readiness dashboard has something to show: an IRO dispute gone to stage 2 and overdue, a flexible assessment
/// timescale whose weekly review is late, and an audit sample of looked-after children, part audited and moderated.
/// </summary>
public static class SocialCareDemo
{
    private const int Seed = 2026;

    public static async Task SeedAsync(BeaconDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var lookedAfter = await db.AnnexARecords.Where(r => r.List == 8).Select(r => r.ChildId).ToListAsync(cancellationToken);
        var assessed = await db.AnnexARecords.Where(r => r.List == 4).Select(r => r.ChildId).FirstOrDefaultAsync(cancellationToken);
        if (lookedAfter.Count == 0 || assessed is null || await db.IroDisputes.AnyAsync(cancellationToken))
        {
            return;
        }

        var raised = WorkingDays.Add(today, -20);
        var dispute = new IroDispute
        {
            ChildId = lookedAfter[0],
            RaisedBy = "IRO (demo)",
            RaisedOn = raised,
            Concern = "The permanence plan agreed at the second review has not been progressed",
        };
        var sample = new AuditSample
        {
            Name = "Practice week (demo)",
            ToolId = AuditTool.Beacon,
            List = 8,
            Seed = Seed,
            ModeratePercent = 50,
            DrawnBy = "demo-social-care-manager",
            DrawnOn = WorkingDays.Add(today, -15),
            DueOn = WorkingDays.Add(today, -5),
        };
        db.AddRange(dispute, sample);
        db.FlexibleTimescales.Add(
            new FlexibleTimescaleRecord
            {
                ChildId = assessed,
                WorkingDays = 65,
                DecidedBy = "Team manager (demo)",
                DecidedOn = today.AddDays(-10),
                Reason = "Three households to assess and an interpreter needed",
            }
        );
        await db.SaveChangesAsync(cancellationToken);

        db.IroDisputeSteps.AddRange(
            new IroDisputeStep
            {
                DisputeId = dispute.Id,
                Stage = 1,
                StartedOn = raised,
                RecordedBy = "demo-seeder",
                Note = "raised",
            },
            new IroDisputeStep
            {
                DisputeId = dispute.Id,
                Stage = 2,
                StartedOn = WorkingDays.Add(raised, 6),
                RecordedBy = "demo-seeder",
                Note = "no agreed action from the team manager within five working days",
            }
        );
        var drawn = CaseSampling.Draw(lookedAfter, 3, Seed);
        db.AuditSampleCases.AddRange(drawn.Select(child => new AuditSampleCase { SampleId = sample.Id, ChildId = child }));
        var first = Audit(drawn[0], sample.Id, "demo-auditor", today.AddDays(-8), [2, 3, 2, 3, 2]);
        var second = Audit(drawn[1], sample.Id, "demo-social-care-manager", today.AddDays(-7), [2, 2, 1, 2, 2]);
        db.CaseAudits.AddRange(first, second);
        await db.SaveChangesAsync(cancellationToken);

        db.CaseAuditModerations.Add(
            new CaseAuditModeration
            {
                AuditId = first.Id,
                Moderator = "demo-social-care-manager",
                ModeratedOn = today.AddDays(-6),
                Grades = Grades([3, 3, 2, 3, 2]),
                Notes = "Management oversight is recorded but does not direct the plan",
            }
        );
        await db.SaveChangesAsync(cancellationToken);
    }

    private static CaseAudit Audit(string child, long sample, string auditor, DateOnly on, int[] grades) =>
        new()
        {
            ChildId = child,
            ToolId = AuditTool.Beacon,
            SampleId = sample,
            Auditor = auditor,
            AuditedOn = on,
            Grades = Grades(grades),
        };

    private static string Grades(int[] grades) =>
        JsonSerializer.Serialize(AuditModeration.Questions.Select((q, i) => (q, grades[i])).ToDictionary(x => x.q, x => x.Item2));
}
