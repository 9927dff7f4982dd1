using Beacon.Application.Accounts;
using Beacon.Application.SectorLed;
using Beacon.Data;
using Beacon.Domain.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Application.Demo;

/// <summary>
/// The demo authority's peer challenges, with a team from two other North East authorities: one from request to
/// follow-up, thirteen months ago (its team reads nothing of it now), and one on site this week, whose evidence its
/// team reads and whose lead peer can report.
/// </summary>
public static class PeerChallengeDemo
{
    public const string LeadPeer = "demo-peer-lead";

    public const string Peer = "demo-peer";

    public const string FollowedUpScope = "Help and protection: the front door, re-referrals and repeat child protection plans.";

    /// <summary>The two peers' accounts: Sunderland's director of children's services, and a social care manager of County Durham's.</summary>
    public static async Task<IReadOnlyList<DemoAccount>> SeedPeersAsync(
        BeaconDbContext db,
        AccountRecorder recorder,
        CancellationToken cancellationToken
    )
    {
        var accounts = new List<DemoAccount>();
        foreach (
            var (userName, laCode, role, who) in new[]
            {
                (LeadPeer, "394", BeaconRole.DirectorOfChildrensServices, "Sunderland's director of children's services"),
                (Peer, "840", BeaconRole.SocialCareManager, "a County Durham social care manager"),
            }
        )
        {
            var organisation = await db.Organisations.Where(o => o.LaCode == laCode).Select(o => o.Id).SingleAsync(cancellationToken);
            var account = await DemoAccounts.EnsureAsync(
                recorder,
                new NewAccount(
                    userName,
                    $"{char.ToUpperInvariant(who[0])}{who[1..]} (demonstration)",
                    null,
                    [role],
                    IsDemo: true,
                    OrganisationId: organisation
                )
            );
            accounts.Add(new DemoAccount(account.UserName, account.Password, role, $"{who}: a peer on the demo authority's challenges"));
        }

        return accounts;
    }

    public static async Task SeedAsync(IServiceProvider services, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var officer = new BeaconUser(
            DemoSeeder.UserNameFor(BeaconRole.PerformanceOfficer),
            new HashSet<BeaconRole> { BeaconRole.PerformanceOfficer }
        );
        int followedUp;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
            if (await db.PeerChallenges.AnyAsync(cancellationToken))
            {
                return;
            }

            db.AuditScope.Actor = officer.UserName;
            var recorder = scope.ServiceProvider.GetRequiredService<PeerChallengeRecorder>();
            followedUp = await TeamedAsync(
                recorder,
                officer,
                FollowedUpScope,
                "Do partners understand and apply the thresholds at the front door?\nWhy are re-referrals within a year rising?\nAre step-down plans in place before a case is closed?",
                today,
                cancellationToken
            );
            await TeamedAsync(
                recorder,
                officer,
                "Children in care and care leavers: stability of placements, and care leavers' education, employment and training.",
                "How well does the authority know its children in care?\nIs the care leavers' apprenticeship scheme reaching those who need it?",
                today.AddDays(-1),
                cancellationToken
            );
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
            var lead = (await AccountUsers.FindAsync(db, LeadPeer, cancellationToken)).Value;
            (db.AuditScope.Actor, db.AuditScope.OrganisationId) = (lead.UserName, lead.OrganisationId);
            DemoSteps.Check(
                await scope
                    .ServiceProvider.GetRequiredService<PeerChallengeTeam>()
                    .ReportAsync(
                        lead,
                        followedUp,
                        "Leaders know their front door well, and the quarterly performance report is used to manage it.\nPartners value the multi-agency screening.",
                        "Step-down plans are closed before families' support has started.\nRe-referral audits are not yet feeding back into practice.",
                        "Audit every step-down plan before a case is closed.\nReport re-referrals with their causes to the improvement board each quarter.\nAgree thresholds afresh with schools and health.",
                        cancellationToken
                    )
            );
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
            db.AuditScope.Actor = officer.UserName;
            var recorder = scope.ServiceProvider.GetRequiredService<PeerChallengeRecorder>();
            DemoSteps.Check(
                await recorder.RespondAsync(
                    officer,
                    followedUp,
                    "The authority accepts the findings and all three recommendations.",
                    "Step-down plans audited before closure: head of early help, from next month.\nRe-referrals and their causes in the quarterly report: performance officer, next quarter.\nThresholds agreed afresh with schools and health: director, within six months.",
                    cancellationToken
                )
            );
            DemoSteps.Check(
                await recorder.FollowUpAsync(
                    officer,
                    followedUp,
                    "A year on, the lead peer found every step-down plan audited before closure and re-referrals reported with their causes each quarter; the thresholds are agreed with schools, and with health in part.",
                    cancellationToken
                )
            );

            // Dated as the demo's story has it: on site thirteen months ago, followed up last month.
            var challenge = await db.PeerChallenges.SingleAsync(c => c.Id == followedUp, cancellationToken);
            var onSite = today.AddMonths(-13);
            (challenge.StartsOn, challenge.EndsOn) = (onSite, onSite.AddDays(3));
            challenge.RequestedAtUtc = onSite.AddMonths(-3).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
            challenge.EvidenceSharedAtUtc = onSite.AddDays(-14).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
            challenge.RespondedAtUtc = onSite.AddMonths(1).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
            challenge.FollowedUpAtUtc = onSite.AddMonths(12).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
            db.AuditScope.Reason = "Dated as the demonstration's story has it";
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    // A challenge asked for, with its team, four days from the first day given, and its evidence shared.
    private static async Task<int> TeamedAsync(
        PeerChallengeRecorder recorder,
        BeaconUser officer,
        string scope,
        string lines,
        DateOnly startsOn,
        CancellationToken cancellationToken
    )
    {
        var id = (await recorder.RequestAsync(officer, scope, lines, cancellationToken)).Value;
        DemoSteps.Check(await recorder.AddPeerAsync(officer, id, LeadPeer, lead: true, cancellationToken));
        DemoSteps.Check(await recorder.AddPeerAsync(officer, id, Peer, lead: false, cancellationToken));
        DemoSteps.Check(await recorder.SetDatesAsync(officer, id, startsOn, startsOn.AddDays(3), cancellationToken));
        DemoSteps.Check(await recorder.ShareEvidenceAsync(officer, id, cancellationToken));
        return id;
    }
}
