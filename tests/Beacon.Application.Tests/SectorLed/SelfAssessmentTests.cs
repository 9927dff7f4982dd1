using Beacon.Application.SectorLed;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Domain.SectorLed;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Beacon.Application.Tests.SectorLed;

/// <summary>An authority's self-assessment (seed 004): written, signed off by its three, shared, and moderated by its region's panel.</summary>
public sealed class SelfAssessmentTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [BothDatabases]
    public async Task It_is_signed_off_only_once_every_area_is_graded_and_explained_and_a_refusal_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var region = await TestRegion.CreateAsync(database);
        await using var db = database.NewContext(TestRegion.Acting(region.Authority));
        var recorder = Recorder(db);
        var id = (
            await recorder.StartAsync(
                TestRegion.Person(BeaconRole.PerformanceOfficer, region.Authority),
                AssessmentFrameworks.Ilacs,
                "Self-assessment",
                "2026/27",
                Token
            )
        ).Value;
        await recorder.SaveAreaAsync(
            TestRegion.Person(BeaconRole.PerformanceOfficer, region.Authority),
            id,
            "leaders",
            "Good",
            "Leaders know their services.",
            [],
            Token
        );

        var before = await database.ContentChecksumAsync();
        var refused = await recorder.SignAsync(
            TestRegion.Person(BeaconRole.DirectorOfChildrensServices, region.Authority),
            id,
            BeaconRole.DirectorOfChildrensServices,
            Token
        );

        Assert.False(refused.Succeeded);
        Assert.Equal(["help-and-protection", "children-in-care", "care-leavers", "overall"], refused.Problem!.Details.Select(d => d.Code));
        Assert.Equal(before, await database.ContentChecksumAsync());
    }

    [Theory]
    [BothDatabases]
    public async Task Each_signature_keeps_the_revision_it_signed_with_its_evidence_frozen_and_a_change_is_signed_afresh(
        DatabaseProvider provider
    )
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var region = await TestRegion.CreateAsync(database);
        await using var db = database.NewContext(TestRegion.Acting(region.Authority));
        var recorder = Recorder(db);
        var id = await WrittenAsync(recorder, region.Authority);

        foreach (var role in AccessPolicy.SignOffRoles)
        {
            Assert.True((await recorder.SignAsync(TestRegion.Person(role, region.Authority), id, role, Token)).Succeeded);
        }

        var signed = await SelfAssessmentView.FindAsync(db, id, Token);
        Assert.Equal(SelfAssessmentStatus.SignedOff, signed!.Status);
        await recorder.SaveAreaAsync(
            TestRegion.Person(BeaconRole.PerformanceOfficer, region.Authority),
            id,
            "overall",
            "Outstanding",
            "Changed our mind.",
            [],
            Token
        );

        var changed = await SelfAssessmentView.FindAsync(db, id, Token);
        Assert.Equal(SelfAssessmentStatus.Draft, changed!.Status);
        Assert.Empty(changed.SignedNow);
        var kept = SelfAssessmentView.AsSigned(changed.Assessment.SignOffs.First(s => s.Role == BeaconRole.ChiefExecutive));
        Assert.Equal("Good", kept.Areas.Single(a => a.Code == "overall").Grade);
        Assert.Equal(changed.Assessment.Revision - 1, kept.Revision);
        var reasons = await db.AuditEntries.Where(a => a.EntityType == "SelfAssessmentSignOff").Select(a => a.Reason).ToListAsync(Token);
        Assert.Equal(
            [
                "Signed off as director of children's services (revision 6)",
                "Signed off as chief executive (revision 6)",
                "Signed off as lead member for children's services (revision 6)",
            ],
            reasons
        );
    }

    [Theory]
    [BothDatabases]
    public async Task Only_the_holder_of_a_sign_off_role_signs_as_it(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var region = await TestRegion.CreateAsync(database);
        await using var db = database.NewContext(TestRegion.Acting(region.Authority));
        var recorder = Recorder(db);
        var id = await WrittenAsync(recorder, region.Authority);

        Assert.False(
            (
                await recorder.SignAsync(
                    TestRegion.Person(BeaconRole.PerformanceOfficer, region.Authority),
                    id,
                    BeaconRole.DirectorOfChildrensServices,
                    Token
                )
            ).Succeeded
        );
        Assert.False(
            (
                await recorder.SignAsync(
                    TestRegion.Person(BeaconRole.DirectorOfChildrensServices, region.Authority),
                    id,
                    BeaconRole.ChiefExecutive,
                    Token
                )
            ).Succeeded
        );
        var lead = TestRegion.Person(BeaconRole.LeadMember, region.Authority);
        Assert.True((await recorder.SignAsync(lead, id, BeaconRole.LeadMember, Token)).Succeeded);
        // Once a revision, not twice.
        Assert.False((await recorder.SignAsync(lead, id, BeaconRole.LeadMember, Token)).Succeeded);
        Assert.Single(await db.SelfAssessmentSignOffs.ToListAsync(Token));
    }

    [Theory]
    [BothDatabases]
    public async Task The_regions_panel_sees_a_self_assessment_once_shared_and_only_in_its_own_region_and_the_authority_reads_its_moderation(
        DatabaseProvider provider
    )
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var region = await TestRegion.CreateAsync(database);
        int id;
        await using (var db = database.NewContext(TestRegion.Acting(region.Authority)))
        {
            var recorder = Recorder(db);
            id = await WrittenAsync(recorder, region.Authority);
            foreach (var role in AccessPolicy.SignOffRoles)
            {
                await recorder.SignAsync(TestRegion.Person(role, region.Authority), id, role, Token);
            }
        }

        var moderator = TestRegion.Person(BeaconRole.RegionalModerator, region.Panel);
        var elsewhere = TestRegion.Person(BeaconRole.RegionalModerator, region.OtherPanel);
        await using (var panel = database.NewContext(TestRegion.Acting(region.Panel)))
        {
            Assert.Empty(await new SelfAssessmentModerator(panel, Clock).SharedAsync(moderator, Token));
        }

        await using (var db = database.NewContext(TestRegion.Acting(region.Authority)))
        {
            Assert.True(
                (
                    await Recorder(db).ShareWithRegionAsync(TestRegion.Person(BeaconRole.PerformanceOfficer, region.Authority), id, Token)
                ).Succeeded
            );
        }

        await using (var other = database.NewContext(TestRegion.Acting(region.OtherPanel)))
        {
            Assert.Empty(await new SelfAssessmentModerator(other, Clock).SharedAsync(elsewhere, Token));
            Assert.False(
                (await new SelfAssessmentModerator(other, Clock).ModerateAsync(elsewhere, id, "overall", "Good", "No.", Token)).Succeeded
            );
        }

        await using (var panel = database.NewContext(TestRegion.Acting(region.Panel)))
        {
            var moderation = new SelfAssessmentModerator(panel, Clock);
            Assert.Single(await moderation.SharedAsync(moderator, Token));
            var incomplete = await moderation.ModerateAsync(moderator, id, "overall", null, " ", Token);
            Assert.Equal(["grade-overall", "challenge-overall"], incomplete.Problem!.Details.Select(d => d.Code));
            Assert.True(
                (
                    await moderation.ModerateAsync(moderator, id, "overall", "Requires improvement to be good", "Not yet good.", Token)
                ).Succeeded
            );
            Assert.Equal(
                "Moderated Hartlepool's Overall effectiveness: Requires improvement to be good",
                await panel.AuditEntries.Where(a => a.EntityType == "SelfAssessmentModeration").Select(a => a.Reason).SingleAsync(Token)
            );
        }

        await using (var db = database.NewContext(TestRegion.Acting(region.Authority)))
        {
            var view = await SelfAssessmentView.FindAsync(db, id, Token);
            Assert.Equal(SelfAssessmentStatus.Moderated, view!.Status);
            Assert.Equal("Requires improvement to be good", Assert.Single(view.Moderations).ModeratedGrade);
        }

        await using (var neighbour = database.NewContext(TestRegion.Acting(region.OtherAuthority)))
        {
            Assert.Null(await SelfAssessmentView.FindAsync(neighbour, id, Token));
            Assert.Empty(await SelfAssessmentView.AllAsync(neighbour, Token));
        }
    }

    private static async Task<int> WrittenAsync(SelfAssessmentRecorder recorder, int authority)
    {
        var officer = TestRegion.Person(BeaconRole.PerformanceOfficer, authority);
        var id = (await recorder.StartAsync(officer, AssessmentFrameworks.Ilacs, "Self-assessment", "2026/27", Token)).Value;
        foreach (var area in AssessmentFrameworks.Find(AssessmentFrameworks.Ilacs)!.Areas)
        {
            Assert.True((await recorder.SaveAreaAsync(officer, id, area.Code, "Good", $"Why {area.Name} is good.", [], Token)).Succeeded);
        }

        return id;
    }

    private static SelfAssessmentRecorder Recorder(BeaconDbContext db) =>
        new(db, new MemoryCache(new MemoryCacheOptions()), Options.Create(new BeaconSiteOptions()), Clock);
}
