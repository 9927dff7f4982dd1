using Beacon.Application.Equality;
using Beacon.Application.Performance;
using Beacon.Data;
using Beacon.Data.Equality;
using Beacon.Domain.Access;
using Beacon.Domain.Equality;
using Beacon.Domain.Performance;
using Beacon.Domain.Periods;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Beacon.Application.Tests.Equality;

/// <summary>
/// Equality impact assessments (000, item 5.1, Appendix 2) and section 5.0 of the quarterly report from their high
/// priority actions (001, section 5.0); versions kept as published, and progress appended.
/// </summary>
public sealed class EqualityAssessmentsTests
{
    // In Q2 2013/14, the quarter the seed's assessment was carried out.
    private static readonly FakeTimeProvider October2013 = new(new DateTimeOffset(2013, 9, 20, 10, 0, 0, TimeSpan.Zero));

    private static readonly BeaconUser Officer = new("performance", new HashSet<BeaconRole> { BeaconRole.PerformanceOfficer });

    private static readonly BeaconUser Lead = new("lead", new HashSet<BeaconRole> { BeaconRole.LeadOfficer }, LeadOfficerInitials: "AMc");

    [Theory]
    [BothDatabases]
    public async Task With_no_high_priority_action_section_5_says_so_in_the_seeds_words(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        await AssessmentAsync(db);

        // Carried out in September 2013: in Q1 2013/14 there was no assessment yet, so no action from one.
        var q1 = await PerformanceReportBuilder.BuildAsync(db, new FinancialQuarter(2013, 1), new BeaconSiteOptions(), Token);

        var section = Assert.Single(q1.Narratives, n => n.Kind == NarrativeKind.EqualityActions).Body;
        Assert.StartsWith("The Council must have evidence that it reviews its services and policies", section, StringComparison.Ordinal);
        Assert.EndsWith(
            "As a result of undertaking Departmental Equality Impact Assessments no high priority actions were identified for the Directorate for Quarter 1 2013/14.",
            section,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [BothDatabases]
    public async Task Section_5_reports_each_high_priority_action_with_its_progress_in_the_quarter_until_it_is_completed(
        DatabaseProvider provider
    )
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var eCaf = await AssessmentAsync(db);
        var assessments = new EqualityAssessments(db, October2013);

        var byLead = await assessments.RecordProgressAsync(eCaf, "Mine.", false, Lead, Token);
        await assessments.RecordProgressAsync(eCaf, "eCAF procured; training for internal staff booked.", true, Officer, Token);
        var q2 = await PerformanceReportBuilder.BuildAsync(db, new FinancialQuarter(2013, 2), new BeaconSiteOptions(), Token);
        var q3 = await PerformanceReportBuilder.BuildAsync(db, new FinancialQuarter(2013, 3), new BeaconSiteOptions(), Token);

        Assert.Equal("not-permitted", byLead.Problem!.Code);
        var section = Assert.Single(q2.Narratives, n => n.Kind == NarrativeKind.EqualityActions).Body;
        Assert.Contains("one high priority action is held for the Directorate in Quarter 2 2013/14", section, StringComparison.Ordinal);
        Assert.Contains(
            "Implement eCAF (Early intervention savings; responsible officer Danielle Swainston; by Sept 2014). eCAF procured; training for internal staff booked. Completed.",
            section,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("Monitor needs", section, StringComparison.Ordinal);
        Assert.Contains(
            "no high priority actions were identified for the Directorate for Quarter 3 2013/14",
            Assert.Single(q3.Narratives, n => n.Kind == NarrativeKind.EqualityActions).Body,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [BothDatabases]
    public async Task Each_publication_keeps_a_version_as_published_which_the_database_will_not_change(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        await AssessmentAsync(db);
        var assessments = new EqualityAssessments(db, October2013);

        var byLead = await assessments.PublishAsync("EIA-1", Lead, Token);
        var first = await assessments.PublishAsync("EIA-1", Officer, Token);
        var again = await assessments.PublishAsync("EIA-1", Officer, Token);
        var changed = await db.EqualityAssessments.SingleAsync(Token);
        changed.ImpactSummary = "Reviewed: still no adverse impact.";
        await db.SaveChangesAsync(Token);
        var second = await assessments.PublishAsync("EIA-1", Officer, Token);
        var rewrite = await Record.ExceptionAsync(() =>
            db.Database.ExecuteSqlRawAsync("UPDATE equality_assessment_versions SET snapshot = '{}'", Token)
        );
        var remove = await Record.ExceptionAsync(() => db.Database.ExecuteSqlRawAsync("DELETE FROM equality_assessment_versions", Token));

        Assert.Equal("not-permitted", byLead.Problem!.Code);
        Assert.Equal(1, first.Value.Version);
        Assert.Equal("unchanged", again.Problem!.Code);
        Assert.Equal(2, second.Value.Version);
        Assert.NotNull(rewrite);
        Assert.NotNull(remove);
        await using var read = database.NewContext();
        var versions = await EqualityAssessments.VersionsAsync(read, changed.Id, Token);
        Assert.Equal(
            "There are no proposals that adversely affect any of the strands.",
            EqualityAssessments.ReportOf(versions[0]).ImpactSummary
        );
        Assert.Equal("Reviewed: still no adverse impact.", EqualityAssessments.ReportOf(versions[1]).ImpactSummary);
        Assert.Equal(
            (2, new DateOnly(2013, 9, 20)),
            (EqualityAssessments.ReportOf(versions[1]).Version, EqualityAssessments.ReportOf(versions[1]).PublishedOn!.Value)
        );
        Assert.True(
            await read.AuditEntries.AnyAsync(a => a.EntityType == "EqualityImpactAssessment" && a.Reason == "Published as version 2", Token)
        );
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    // An assessment like the seed's: carried out in September 2013, the eCAF action high priority and another not.
    private static async Task<int> AssessmentAsync(BeaconDbContext db)
    {
        var assessment = new EqualityImpactAssessment
        {
            Reference = "EIA-1",
            Title = "Early intervention savings",
            Subject = EqualitySubject.Proposal,
            Department = "Child and Adult",
            Division = "Children's Services",
            Section = "Across Children's Services",
            Owner = "Sally Robinson",
            FunctionOrService = "Early intervention",
            InformationAvailable = "Evaluation of the strategy",
            InformationGaps = "Tracking children into specialist services",
            ImpactSummary = "There are no proposals that adversely affect any of the strands.",
            Outcome = EqualityOutcome.NoMajorChange,
            OutcomeJustification = "No potential for discrimination.",
            AssessedOn = new DateOnly(2013, 9, 1),
            Impacts =
            [
                .. Enum.GetValues<ProtectedCharacteristic>()
                    .Select(c => new EqualityCharacteristicImpact { Characteristic = c, Relevant = c == ProtectedCharacteristic.Age }),
            ],
            Actions =
            [
                new()
                {
                    Position = 1,
                    Action = "Monitor needs",
                    ResponsibleOfficer = "Danielle Swainston",
                    ByWhen = "Quarterly review",
                    Evaluation = "Report produced",
                },
                new()
                {
                    Position = 2,
                    Action = "Implement eCAF",
                    ResponsibleOfficer = "Danielle Swainston",
                    ByWhen = "Sept 2014",
                    Evaluation = "eCAF in use",
                    HighPriority = true,
                },
            ],
        };
        db.EqualityAssessments.Add(assessment);
        await db.SaveChangesAsync(Token);
        return assessment.Actions.Single(a => a.HighPriority).Id;
    }
}
