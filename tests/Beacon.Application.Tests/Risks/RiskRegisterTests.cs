using Beacon.Application.Performance;
using Beacon.Application.Risks;
using Beacon.Data;
using Beacon.Data.Performance;
using Beacon.Data.Risks;
using Beacon.Domain.Access;
using Beacon.Domain.Performance;
using Beacon.Domain.Periods;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Beacon.Application.Tests.Risks;

/// <summary>The directorate risk register (001, section 4.0): reviews appended by the risk's owner, and the report's section from the register.</summary>
public sealed class RiskRegisterTests
{
    // In Q2 2013/14, the seed's review quarter.
    private static readonly FakeTimeProvider August2013 = new(new DateTimeOffset(2013, 8, 15, 10, 0, 0, TimeSpan.Zero));

    private static readonly BeaconUser LeadOfficer = new(
        "lead",
        new HashSet<BeaconRole> { BeaconRole.LeadOfficer },
        LeadOfficerInitials: "AMc"
    );

    [Theory]
    [BothDatabases]
    public async Task Reviews_are_appended_and_the_database_refuses_to_change_or_remove_one(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var risk = await RiskAsync(db, "AMc");
        var register = Register(db);

        await register.ReviewAsync(risk, 3, 4, "Placement demand is rising.", LeadOfficer, Token);
        await register.ReviewAsync(risk, 3, 3, "Two new in-house carers approved.", LeadOfficer, Token);
        var rewrite = await Record.ExceptionAsync(() =>
            db.Database.ExecuteSqlRawAsync("UPDATE risk_reviews SET commentary = 'changed'", Token)
        );
        var remove = await Record.ExceptionAsync(() => db.Database.ExecuteSqlRawAsync("DELETE FROM risk_reviews", Token));

        Assert.NotNull(rewrite);
        Assert.NotNull(remove);
        await using var read = database.NewContext();
        var reviews = await read.RiskReviews.OrderBy(r => r.Id).Select(r => r.Commentary).ToListAsync(Token);
        Assert.Equal(["Placement demand is rising.", "Two new in-house carers approved."], reviews);
        var reviewed = await read.Risks.SingleAsync(Token);
        Assert.Equal((3, 3), (reviewed.ResidualLikelihood, reviewed.ResidualImpact));
    }

    [Theory]
    [BothDatabases]
    public async Task A_lead_officer_reviews_only_the_risks_they_own(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var own = await RiskAsync(db, "AMc");
        var another = await RiskAsync(db, "TC", reference: "CFS2-R1");
        var register = Register(db);

        var onOwn = await register.ReviewAsync(own, 2, 2, "Controls are working.", LeadOfficer, Token);
        var onAnother = await register.ReviewAsync(another, 2, 2, "Controls are working.", LeadOfficer, Token);
        var offMatrix = await register.ReviewAsync(own, 5, 2, "", LeadOfficer, Token);

        Assert.True(onOwn.Succeeded);
        Assert.Equal("not-permitted", onAnother.Problem!.Code);
        Assert.Equal(["likelihood", "commentary"], offMatrix.Problem!.Details.Select(d => d.Code));
        Assert.Equal(1, await db.RiskReviews.CountAsync(Token));
    }

    [Theory]
    [BothDatabases]
    public async Task The_reports_section_4_comes_from_the_register_and_names_a_high_risk_whose_review_is_overdue(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        await RiskAsync(db, "AMc");
        await RiskAsync(db, "TC", reference: "CFS2-R1", likelihood: 1, impact: 2);

        var q3 = await PerformanceReportBuilder.BuildAsync(db, new FinancialQuarter(2013, 3), new BeaconSiteOptions(), Token);

        var section = Assert.Single(q3.Narratives, n => n.Kind == NarrativeKind.RiskControl).Body;
        Assert.Contains("monitoring of all relevant 'high' risks is undertaken during Q2 reporting", section, StringComparison.Ordinal);
        Assert.Contains(
            "COPS1-R1 (COPS1) Sufficiency of foster placements: residual score 12 of 16 (high), owner AMc.",
            section,
            StringComparison.Ordinal
        );
        Assert.Contains("Its review due in Q2 2013/14 has not been recorded.", section, StringComparison.Ordinal);
        Assert.DoesNotContain("CFS2-R1", section, StringComparison.Ordinal);
    }

    [Theory]
    [BothDatabases]
    public async Task A_performance_officer_adds_a_risk_to_an_objective_owned_by_a_lead_officer_with_scores_on_the_matrix(
        DatabaseProvider provider
    )
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        db.LeadOfficers.Add(
            new LeadOfficer
            {
                Initials = "AMc",
                Name = "Ann McIntyre",
                Title = "Divisional Manager",
            }
        );
        var area = new BusinessArea { Name = "Children and Families", SortOrder = 1 };
        db.BusinessAreas.Add(area);
        await db.SaveChangesAsync(Token);
        db.Milestones.Add(
            new Milestone
            {
                BusinessAreaId = area.Id,
                ObjectiveReference = "CFS1",
                Text = "Placements",
                LeadOfficerInitials = "AMc",
            }
        );
        await db.SaveChangesAsync(Token);
        var register = Register(db);
        var officer = new BeaconUser("performance", new HashSet<BeaconRole> { BeaconRole.PerformanceOfficer });
        var draft = new RiskDraft(
            "CFS1-R2",
            "CFS1",
            "Recruitment of social workers",
            "AMc",
            "A national shortage",
            "Vacancies unfilled",
            "Caseloads rise",
            "Recruitment and retention offer",
            4,
            3,
            3,
            3,
            2,
            2,
            new DateOnly(2014, 9, 30)
        );

        var byLead = await register.AddAsync(draft, LeadOfficer, Token);
        var wrong = await register.AddAsync(
            draft with
            {
                ObjectiveReference = "XYZ9",
                OwnerInitials = "ZZ",
                ResidualImpact = 5,
                Cause = " ",
            },
            officer,
            Token
        );
        var added = await register.AddAsync(draft, officer, Token);
        var twice = await register.AddAsync(draft, officer, Token);

        Assert.Equal("not-permitted", byLead.Problem!.Code);
        Assert.Equal(["objective", "owner", "cause", "residual-impact"], wrong.Problem!.Details.Select(d => d.Code));
        Assert.True(added.Succeeded);
        Assert.Equal("reference", twice.Problem!.Code);
        var line = Assert.Single(await RiskRegister.LinesAsync(db, new BeaconSiteOptions().Risks, new FinancialQuarter(2014, 1), Token));
        Assert.Equal((9, true), (line.Score, line.IsHigh));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "DirectorateRisk" && a.Actor == "performance", Token));
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static RiskRegister Register(BeaconDbContext db) => new(db, Options.Create(new BeaconSiteOptions()), August2013);

    private static async Task<int> RiskAsync(
        BeaconDbContext db,
        string owner,
        string reference = "COPS1-R1",
        int likelihood = 3,
        int impact = 4
    )
    {
        var risk = new DirectorateRisk
        {
            Reference = reference,
            ObjectiveReference = reference.Split('-')[0],
            Title = "Sufficiency of foster placements",
            OwnerInitials = owner,
            Cause = "Rising numbers of children looked after",
            Event = "Too few local foster placements",
            Effect = "Children placed out of the borough at higher cost",
            Controls = "Recruitment campaign; placement panel",
            InherentLikelihood = 4,
            InherentImpact = 4,
            ResidualLikelihood = likelihood,
            ResidualImpact = impact,
            TargetLikelihood = 2,
            TargetImpact = 3,
            ReviewOn = new DateOnly(2013, 9, 30),
        };
        db.Risks.Add(risk);
        await db.SaveChangesAsync(Token);
        return risk.Id;
    }
}
