using Beacon.Application.Accounts;
using Beacon.Application.SectorLed;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Domain.SectorLed;
using Beacon.Import.Pipeline;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Beacon.Application.Tests.SectorLed;

/// <summary>A peer challenge (seed 004) from request to follow-up, and a team that reads it only while it lasts.</summary>
public sealed class PeerChallengeTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [BothDatabases]
    public async Task A_peer_challenge_runs_from_request_to_follow_up_and_its_team_reads_it_only_until_its_last_day(
        DatabaseProvider provider
    )
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var region = await TestRegion.CreateAsync(database);
        await using (
            var services = new ServiceCollection()
                .AddLogging()
                .AddBeaconCore(database.Options, new ImportOptions())
                .AddBeaconAccounts()
                .BuildServiceProvider()
        )
        {
            await using var scope = services.CreateAsyncScope();
            var accounts = scope.ServiceProvider.GetRequiredService<AccountRecorder>();
            foreach (
                var (name, role, organisation) in new[]
                {
                    ("lead.peer", BeaconRole.DirectorOfChildrensServices, region.OtherAuthority),
                    ("own.manager", BeaconRole.SocialCareManager, region.Authority),
                    ("their.officer", BeaconRole.PerformanceOfficer, region.OtherAuthority),
                }
            )
            {
                Assert.True(
                    (
                        await accounts.CreateAsync(new NewAccount(name, null, null, [role], OrganisationId: organisation), null, "Test")
                    ).Succeeded
                );
            }
        }

        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero));
        var officer = TestRegion.Person(BeaconRole.PerformanceOfficer, region.Authority, "officer");
        var lead = TestRegion.Person(BeaconRole.DirectorOfChildrensServices, region.OtherAuthority, "lead.peer");
        int id;
        await using (var db = database.NewContext(TestRegion.Acting(region.Authority)))
        {
            var recorder = Recorder(db, clock);
            id = (await recorder.RequestAsync(officer, "Help and protection", "Thresholds?\nRe-referrals?", Token)).Value;
            Assert.Equal(
                "A peer comes from another authority, not this one",
                (await recorder.AddPeerAsync(officer, id, "own.manager", lead: true, Token)).Problem!.Message
            );
            Assert.Equal(
                "their.officer does not hold a role that serves on peer challenges",
                (await recorder.AddPeerAsync(officer, id, "their.officer", lead: true, Token)).Problem!.Message
            );
            Assert.True((await recorder.AddPeerAsync(officer, id, "lead.peer", lead: true, Token)).Succeeded);
            Assert.Equal("share", (await recorder.ShareEvidenceAsync(officer, id, Token)).Problem!.Code);
            Assert.True(
                (await recorder.SetDatesAsync(officer, id, new DateOnly(2026, 11, 10), new DateOnly(2026, 11, 13), Token)).Succeeded
            );
            Assert.True((await recorder.ShareEvidenceAsync(officer, id, Token)).Succeeded);
            Assert.Equal(PeerChallengeStage.EvidenceShared, (await recorder.FindAsync(officer, id, Token))!.Stage);
        }

        await using (var team = database.NewContext(TestRegion.Acting(region.OtherAuthority)))
        {
            var peers = new PeerChallengeTeam(team, clock);
            Assert.Equal("Hartlepool", Assert.Single(await peers.CurrentAsync(lead, Token)).Authority.Name);
            Assert.Empty(
                await peers.CurrentAsync(
                    TestRegion.Person(BeaconRole.DirectorOfChildrensServices, region.OtherAuthority, "their.officer"),
                    Token
                )
            );
            Assert.True(
                (
                    await peers.ReportAsync(
                        lead,
                        id,
                        "Leaders know the front door.",
                        "Step-down plans.",
                        "Audit step-down plans.\nReport re-referrals.",
                        Token
                    )
                ).Succeeded
            );
        }

        await using (var db = database.NewContext(TestRegion.Acting(region.Authority)))
        {
            var recorder = Recorder(db, clock);
            var reported = (await recorder.FindAsync(officer, id, Token))!;
            Assert.Equal((PeerChallengeStage.Reported, "Step-down plans."), (reported.Stage, reported.Findings!.AreasToConsider));
            Assert.Equal(new DateOnly(2027, 11, 13), reported.FollowUpDueOn);
            Assert.True((await recorder.RespondAsync(officer, id, "Accepted.", "Audit every plan: head of early help.", Token)).Succeeded);
            Assert.True((await recorder.FollowUpAsync(officer, id, "Every plan audited.", Token)).Succeeded);
            Assert.Equal(PeerChallengeStage.FollowedUp, (await recorder.FindAsync(officer, id, Token))!.Stage);
            var reasons = await db
                .AuditEntries.Where(a => a.EntityType == "PeerChallenge")
                .OrderBy(a => a.Id)
                .Select(a => a.Reason)
                .ToListAsync(Token);
            Assert.Contains("Evidence shared with the team until 13 November 2026", reasons);
            Assert.Contains("Peer challenge followed up", reasons);
        }

        clock.SetUtcNow(new DateTimeOffset(2026, 11, 14, 0, 30, 0, TimeSpan.Zero));
        await using var after = database.NewContext(TestRegion.Acting(region.OtherAuthority));
        Assert.Empty(await new PeerChallengeTeam(after, clock).CurrentAsync(lead, Token));
        Assert.Null(await new PeerChallengeTeam(after, clock).FindAsync(lead, id, Token));
    }

    private static PeerChallengeRecorder Recorder(BeaconDbContext db, TimeProvider clock)
    {
        var cache = new MemoryCache(new MemoryCacheOptions());
        return new PeerChallengeRecorder(
            db,
            cache,
            new SelfAssessmentRecorder(db, cache, Options.Create(new BeaconSiteOptions()), clock),
            clock
        );
    }
}
