using Beacon.Application;
using Beacon.Application.Committees;
using Beacon.Application.Savings;
using Beacon.Data;
using Beacon.Data.Committees;
using Beacon.Domain.Access;
using Beacon.Domain.Committees;
using Beacon.Domain.Performance;
using Beacon.Domain.Periods;
using Beacon.Import.Pipeline;
using Beacon.Testing;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Beacon.Import.Tests.Savings;

/// <summary>
/// The seed's programme changed on the web once imported: options edited and audited, the committee's approval,
/// and each approved saving's delivery by quarter with its own rating and reason (issue 16, parts 1 and 2).
/// </summary>
public sealed class SavingsDeliveryTests
{
    private static readonly BeaconUser Officer = new("performance", new HashSet<BeaconRole> { BeaconRole.PerformanceOfficer });

    private static readonly BeaconUser Lead = new("lead", new HashSet<BeaconRole> { BeaconRole.LeadOfficer }, LeadOfficerInitials: "AMc");

    private static readonly FinancialQuarter Q1 = new(2014, 1);

    [Theory]
    [BothDatabases]
    public async Task Delivery_is_tracked_once_the_committee_approves_and_only_in_the_programmes_budget_year(DatabaseProvider provider)
    {
        await using var database = await ImportedAsync(provider);
        await using var db = database.NewContext();
        var recorder = new SavingsRecorder(db);
        var marketing = await OptionAsync(db, "Reduce marketing budget £30K");
        var delivered = new SavingDeliveryDraft("30,000", "30,000", "Green", "Budget removed from 1 April 2014.");

        var beforeApproval = await recorder.RecordDeliveryAsync(marketing, Q1, delivered, Officer, Token);
        var approved = await recorder.ApproveAsync(SavingsTestProgramme.Code, new DateOnly(2013, 10, 1), Officer, Token);
        var outsideTheYear = await recorder.RecordDeliveryAsync(marketing, new FinancialQuarter(2013, 4), delivered, Officer, Token);
        var inQ1 = await recorder.RecordDeliveryAsync(marketing, Q1, delivered, Officer, Token);

        Assert.Equal("not-approved", beforeApproval.Problem!.Code);
        Assert.True(approved.Succeeded);
        Assert.Equal("quarter", outsideTheYear.Problem!.Code);
        Assert.True(inQ1.Succeeded);
        var report = SavingsSchedules.Delivery((await SavingsSchedules.LoadAsync(db, SavingsTestProgramme.Code, Token))!, Q1)!;
        var line = Assert.Single(report.Lines, l => l.OptionId == marketing);
        Assert.Equal((30_000m, 30_000m, ProgressRating.Green), (line.Planned, line.Achieved, line.Rating));
        // Every Green or Amber option is a proposed saving to deliver; Red ones are not proposed.
        Assert.Equal(1_512_209m, report.Proposed);
        Assert.DoesNotContain(report.Lines, l => l.ProposalRating == "Red");
    }

    [Theory]
    [BothDatabases]
    public async Task A_delivery_needs_its_amounts_a_rating_and_a_reason_and_a_red_option_is_not_tracked(DatabaseProvider provider)
    {
        await using var database = await ImportedAsync(provider, approved: true);
        await using var db = database.NewContext();
        var recorder = new SavingsRecorder(db);
        var marketing = await OptionAsync(db, "Reduce marketing budget £30K");
        var notProposed = await OptionAsync(db, "Reduce marketing budget £20K");

        var empty = await recorder.RecordDeliveryAsync(marketing, Q1, new SavingDeliveryDraft("", "thirty", "Blue", " "), Officer, Token);
        var red = await recorder.RecordDeliveryAsync(notProposed, Q1, new SavingDeliveryDraft("1", "1", "Green", "x"), Officer, Token);

        Assert.Equal(["planned", "achieved", "delivery-rating", "reason"], empty.Problem!.Details.Select(d => d.Code));
        Assert.Contains("'thirty'", empty.Problem.Details[1].Message, StringComparison.Ordinal);
        Assert.Equal("not-proposed", red.Problem!.Code);
        Assert.Equal(0, await db.SavingDeliveries.CountAsync(Token));
    }

    [Theory]
    [BothDatabases]
    public async Task Recording_a_quarter_again_replaces_it_and_the_audit_trail_keeps_who_changed_what(DatabaseProvider provider)
    {
        await using var database = await ImportedAsync(provider, approved: true);
        await using var db = database.NewContext();
        var recorder = new SavingsRecorder(db);
        var parenting = await OptionAsync(db, "Parenting - bring in house");

        await recorder.RecordDeliveryAsync(parenting, Q1, new SavingDeliveryDraft("26,250", "26,250", "Green", "On plan."), Officer, Token);
        await recorder.RecordDeliveryAsync(
            parenting,
            Q1,
            new SavingDeliveryDraft("26,250", "0", "Amber", "TUPE consultation runs to July."),
            Officer,
            Token
        );

        var delivery = await db.SavingDeliveries.AsNoTracking().SingleAsync(Token);
        Assert.Equal((0m, ProgressRating.Amber), (delivery.Achieved, delivery.Rating));
        var audit = await db
            .AuditEntries.Where(a => a.EntityType == "SavingDelivery")
            .OrderBy(a => a.Id)
            .Select(a => new
            {
                a.Action,
                a.Actor,
                a.Reason,
            })
            .ToListAsync(Token);
        Assert.Equal(2, audit.Count);
        Assert.All(audit, a => Assert.Equal(("performance", "Delivery in 2014-Q1"), (a.Actor, a.Reason)));
    }

    [Theory]
    [BothDatabases]
    public async Task An_option_edited_on_the_web_changes_the_totals_is_audited_and_a_lead_officer_may_not_edit_it(
        DatabaseProvider provider
    )
    {
        await using var database = await ImportedAsync(provider);
        await using var db = database.NewContext();
        var recorder = new SavingsRecorder(db);
        var notProposed = await OptionAsync(db, "Reduce marketing budget £20K");
        var draft = new SavingOptionDraft("Reduce marketing budget £20K", "£20,000", "Amber", "No posts", "Less publicity for the offer");

        var byLead = await recorder.EditOptionAsync(notProposed, draft, Lead, Token);
        var misrated = await recorder.EditOptionAsync(notProposed, draft with { Rating = "GREEEN" }, Officer, Token);
        var edited = await recorder.EditOptionAsync(notProposed, draft, Officer, Token);

        Assert.Equal("not-permitted", byLead.Problem!.Code);
        Assert.Equal("rating", misrated.Problem!.Code);
        Assert.True(edited.Succeeded);
        await using var read = database.NewContext();
        var totals = (await SavingsSchedules.LoadAsync(read, SavingsTestProgramme.Code, Token))!.Totals;
        Assert.Equal(1_532_209m, totals.Proposed);
        Assert.Equal(12_209m, totals.AgainstTarget);
        Assert.True(await read.AuditEntries.AnyAsync(a => a.EntityType == "SavingOption" && a.Actor == "performance", Token));
    }

    [Theory]
    [BothDatabases]
    public async Task An_approved_programmes_schedule_is_not_imported_again(DatabaseProvider provider)
    {
        await using var database = await ImportedAsync(provider, approved: true);
        await using var db = database.NewContext();

        var format = await ImportFormats.CreateAsync(
            db,
            "savings-schedule",
            "schedule.csv",
            SavingsTestProgramme.Code,
            null,
            new FakeTimeProvider(),
            Token
        );

        Assert.Equal("approved", format.Problem!.Code);
        Assert.Contains("approved on 1 October 2013", format.Problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [BothDatabases]
    public async Task A_quarters_delivery_is_a_committee_paper_once_the_programme_is_approved(DatabaseProvider provider)
    {
        await using var database = await ImportedAsync(provider);
        await using var db = database.NewContext();
        var item = new AgendaItem
        {
            Section = AgendaSection.KeyDecisions,
            Position = 2,
            Title = "Savings delivery",
            Source = PaperSource.SavingsDelivery,
            SourceParameters = $"{SavingsTestProgramme.Code};2014-Q1",
        };

        var beforeApproval = await PaperFreezer.FreezeAsync(db, item, new BeaconSiteOptions(), DateTime.UtcNow, Token);
        await new SavingsRecorder(db).ApproveAsync(SavingsTestProgramme.Code, new DateOnly(2013, 10, 1), Officer, Token);
        var approved = await PaperFreezer.FreezeAsync(db, item, new BeaconSiteOptions(), DateTime.UtcNow, Token);

        Assert.Equal("not-found", beforeApproval.Problem!.Code);
        using var docx = WordprocessingDocument.Open(new MemoryStream(approved.Value.PublicDocx), false);
        Assert.Contains("delivery in Q1 2014/15", docx.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static async Task<TestDatabase> ImportedAsync(DatabaseProvider provider, bool approved = false)
    {
        var database = await SavingsTestProgramme.DatabaseAsync(provider);
        var outcome = await SavingsTestProgramme.ImportAsync(database, SavingsTestProgramme.Schedule);
        Assert.True(outcome.Succeeded);
        if (approved)
        {
            await using var db = database.NewContext();
            Assert.True(
                (await new SavingsRecorder(db).ApproveAsync(SavingsTestProgramme.Code, new DateOnly(2013, 10, 1), Officer, Token)).Succeeded
            );
        }

        return database;
    }

    private static async Task<int> OptionAsync(BeaconDbContext db, string description) =>
        await db.SavingOptions.Where(o => o.Description == description).Select(o => o.Id).SingleAsync(Token);
}
