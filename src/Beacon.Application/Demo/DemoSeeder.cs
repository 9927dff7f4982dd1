using Beacon.Application.Accounts;
using Beacon.Application.Finance;
using Beacon.Data;
using Beacon.Data.Finance;
using Beacon.Data.Savings;
using Beacon.Data.Schools;
using Beacon.Domain.Access;
using Beacon.Domain.Savings;
using Beacon.Domain.Schools;
using Beacon.Import.DfeOpenData;
using Beacon.Import.Finance;
using Beacon.Import.Geography;
using Beacon.Import.Pipeline;
using Beacon.Import.Savings;
using Beacon.Import.Schools;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Beacon.Application.Demo;

/// <summary>
/// Fills an empty database with a fictional authority so a newcomer can click through at once:
/// one account per role, a few schools and committee items (one exempt), plus the real DfE files
/// from shared/data when they are beside the repository.
/// </summary>
public static class DemoSeeder
{
    /// <summary>The fictional authority's name.</summary>
    public const string AuthorityName = "Northmoor Borough Council (demonstration)";

    /// <summary>The demo's signatory of letters to headteachers: an invented name.</summary>
    public const string SignatoryName = "Alex Morgan";

    /// <summary>The directorate of the report whose milestones and commentary the demo uses (Halton, seed 001).</summary>
    public const string DirectorateName = "Children and Enterprise Directorate (demonstration, from Halton's Q1 2013/14 report)";

    public const int OwnSchoolUrn = 990001;

    /// <summary>Seeds what is missing and gives every demo account a fresh password, which it returns.</summary>
    public static async Task<IReadOnlyList<DemoAccount>> SeedAsync(
        IServiceProvider services,
        string? sharedDataFolder,
        ILogger logger,
        CancellationToken cancellationToken = default
    )
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BeaconDbContext>();
        db.AuditScope.Actor = "demo-seeder";
        await SeedSchoolsAndItemsAsync(db, cancellationToken);
        await RegionDemo.SeedOrganisationsAsync(db, cancellationToken);
        var accounts = await SeedAccountsAsync(scope.ServiceProvider);
        await SeedFinanceAsync(scope.ServiceProvider, db, logger, cancellationToken);
        await SeedSavingsAsync(scope.ServiceProvider, db, logger, cancellationToken);
        await PerformanceDemo.SeedAsync(db, cancellationToken);
        await RisksDemo.SeedAsync(db, cancellationToken);
        await EqualityDemo.SeedAsync(db, cancellationToken);
        await ProtocolDemo.SeedAsync(db, cancellationToken);
        await SeedFosteringAsync(db, cancellationToken);
        // Item 7.3's own figures for 2012/13 (and 2011/12 where it gives them): the dataset names phonics, as DfE's do.
        await ImportEmbeddedAsync(
            scope.ServiceProvider,
            db,
            "demo-achievement.csv",
            new DfeOpenDataFormat("hartlepool_2013_eyfs_phonics_ks4_committee_report", LocalAuthorityRegister.Shipped),
            "achievement-2013-seed.csv",
            logger,
            cancellationToken
        );
        // Its KS2 level figures in DfE's performance tables layout: the authority's and England's rows.
        foreach (var year in new[] { "201112", "201213" })
        {
            await ImportEmbeddedAsync(
                scope.ServiceProvider,
                db,
                $"demo-achievement-ks2-{year}.csv",
                new PerformanceTablesSchoolsFormat(year),
                $"england_ks2_{year}.csv",
                logger,
                cancellationToken
            );
        }

        await AchievementDemo.SeedAsync(
            db,
            scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
            cancellationToken
        );
        if (sharedDataFolder is not null)
        {
            await ImportSharedDataAsync(scope.ServiceProvider, db, sharedDataFolder, logger, cancellationToken);
        }

        var today = DateOnly.FromDateTime(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        await SocialCareDemo.SeedAsync(db, today, cancellationToken);
        var site = new BeaconSiteOptions { AuthorityName = AuthorityName, DirectorateName = DirectorateName };
        await CommitteesDemo.SeedAsync(db, site, scope.ServiceProvider.GetRequiredService<TimeProvider>(), cancellationToken);
        await SelfAssessmentDemo.SeedAsync(services, cancellationToken);
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        await CoreDatasetDemo.SeedAsync(services, clock, cancellationToken);
        await PerformanceRiskDemo.SeedAsync(services, clock, cancellationToken);
        var recorder = scope.ServiceProvider.GetRequiredService<AccountRecorder>();
        var peers = await PeerChallengeDemo.SeedPeersAsync(db, recorder, cancellationToken);
        await PeerChallengeDemo.SeedAsync(services, clock, cancellationToken);

        return [.. accounts, .. peers, .. await RegionDemo.SeedOtherAccountsAsync(db, recorder, cancellationToken)];
    }

    private static async Task SeedSchoolsAndItemsAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Schools.AnyAsync(cancellationToken))
        {
            db.Schools.AddRange(
                new School
                {
                    Urn = OwnSchoolUrn,
                    Name = "Northmoor Church of England Primary School",
                    Phase = "Primary",
                    Street = "Church Lane",
                    Town = "Northmoor",
                    Postcode = "NM1 4AB",
                },
                new School
                {
                    Urn = 990002,
                    Name = "Fellside Community Primary School",
                    Phase = "Primary",
                    Street = "Fell Road",
                    Locality = "Upper Fellside",
                    Town = "Northmoor",
                    Postcode = "NM3 2CD",
                },
                new School
                {
                    Urn = 990003,
                    Name = "Harbour Academy",
                    Phase = "Secondary",
                    Type = "Academy sponsor led",
                },
                new School
                {
                    Urn = 990004,
                    Name = "Moorview Special School",
                    Phase = "Special",
                },
                // Harbour Academy's predecessor: the academy keeps its inspection history through the link.
                new School
                {
                    Urn = 990005,
                    Name = "Harbour High School",
                    Phase = "Secondary",
                    Status = "Closed",
                    CloseDate = new DateOnly(2012, 8, 31),
                    SuccessorUrn = 990003,
                }
            );
            db.Inspections.AddRange(
                DemoInspection(OwnSchoolUrn, new DateOnly(2013, 5, 14), OfstedGrade.Good),
                DemoInspection(990002, new DateOnly(2013, 3, 5), OfstedGrade.RequiresImprovement),
                DemoInspection(990002, new DateOnly(2010, 11, 23), OfstedGrade.Good),
                DemoInspection(990004, new DateOnly(2012, 1, 17), OfstedGrade.Outstanding),
                DemoInspection(990005, new DateOnly(2011, 6, 8), OfstedGrade.RequiresImprovement)
            );
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<DemoAccount>> SeedAccountsAsync(IServiceProvider services)
    {
        var recorder = services.GetRequiredService<AccountRecorder>();
        var accounts = new List<DemoAccount>();
        var alliance = await RegionDemo.AllianceIdAsync(services.GetRequiredService<BeaconDbContext>());
        foreach (var role in Enum.GetValues<BeaconRole>())
        {
            var (userName, password) = await DemoAccounts.EnsureAsync(
                recorder,
                new NewAccount(
                    UserNameFor(role),
                    $"Demo {role.DisplayName().ToLowerInvariant()}",
                    null,
                    [role],
                    SchoolUrn: role == BeaconRole.Headteacher ? OwnSchoolUrn : null,
                    LeadOfficerInitials: role == BeaconRole.LeadOfficer ? "AMc" : null,
                    IsDemo: true,
                    // The region's moderator belongs to the region's alliance, not to the authority.
                    OrganisationId: role == BeaconRole.RegionalModerator ? alliance : OrganisationScope.Home
                )
            );
            var notes = role switch
            {
                BeaconRole.Headteacher => $"sees only school {OwnSchoolUrn}",
                BeaconRole.Councillor => "reads committee papers; not exempt items",
                BeaconRole.LeadOfficer => "initials AMc",
                BeaconRole.RegionalModerator => "the North East's alliance: moderates what authorities share",
                _ => "",
            };
            accounts.Add(new DemoAccount(userName, password, role, notes));
        }

        return accounts;
    }

    /// <summary>The demo account of a role, e.g. <c>demo-social-care-manager</c>.</summary>
    public static string UserNameFor(BeaconRole role) => "demo-" + BeaconDbContext.ToSnakeCase(role.ToString()).Replace('_', '-');

    // Hartlepool's Fostering Service Quarterly Report for Q1 2013/14 (seed 000, item 7.2), as its return.
    private static async Task SeedFosteringAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        if (await db.FosteringReturns.AnyAsync(cancellationToken))
        {
            return;
        }

        await using var resource = typeof(DemoSeeder).Assembly.GetManifestResourceStream("demo-fostering.json")!;
        using var reader = new StreamReader(resource);
        db.FosteringReturns.Add(
            new Data.SocialCare.FosteringReturn { Quarter = "2013-Q1", Json = await reader.ReadToEndAsync(cancellationToken) }
        );
        await db.SaveChangesAsync(cancellationToken);
    }

    // The three departments of Halton's Q1 2013/14 report (seed 001), with their published finance lines.
    private static async Task SeedFinanceAsync(
        IServiceProvider services,
        BeaconDbContext db,
        ILogger logger,
        CancellationToken cancellationToken
    )
    {
        if (!await db.Departments.AnyAsync(cancellationToken))
        {
            db.Departments.AddRange(
                new Department
                {
                    Code = "CFS",
                    Name = "Children & Families",
                    LeadOfficerInitials = "TC",
                    SortOrder = 1,
                },
                new Department
                {
                    Code = "COPS",
                    Name = "Children's Organisation & Provision",
                    LeadOfficerInitials = "AMc",
                    SortOrder = 2,
                },
                new Department
                {
                    Code = "LAS",
                    Name = "Learning & Achievement",
                    LeadOfficerInitials = "SN",
                    SortOrder = 3,
                }
            );
            await db.SaveChangesAsync(cancellationToken);
        }

        var clock = services.GetRequiredService<TimeProvider>();
        var format = await FinanceLinesFormat.CreateAsync(db, clock, cancellationToken);
        await ImportEmbeddedAsync(services, db, "demo-finance-lines.csv", format, "finance-lines-2013-q1.csv", logger, cancellationToken);

        await SeedFinanceCommentaryAsync(db, cancellationToken);
    }

    /// <summary>The code of the demo's savings programme, item 5.1 of seed 000.</summary>
    public const string SavingsProgrammeCode = "EIG-2014-15";

    // Item 5.1's programme: the £1.52m cut to the Early Intervention Grant, its Appendix 1 imported as a file.
    private static async Task SeedSavingsAsync(
        IServiceProvider services,
        BeaconDbContext db,
        ILogger logger,
        CancellationToken cancellationToken
    )
    {
        if (!await db.SavingRatings.AnyAsync(cancellationToken))
        {
            db.SavingRatings.AddRange(SavingRatingDefinition.From(SavingRating.Seed));
        }

        if (!await db.SavingsProgrammes.AnyAsync(p => p.Code == SavingsProgrammeCode, cancellationToken))
        {
            db.SavingsProgrammes.Add(
                new SavingsProgramme
                {
                    Code = SavingsProgrammeCode,
                    Name = "Savings proposals for early intervention services",
                    BudgetYear = "2014/15",
                    TargetSaving = 1_520_000m,
                    ReservesCarriedForward = 350_000m,
                }
            );
        }

        await db.SaveChangesAsync(cancellationToken);
        var format = await SavingsScheduleFormat.CreateAsync(db, SavingsProgrammeCode, cancellationToken);
        await ImportEmbeddedAsync(
            services,
            db,
            "demo-savings.csv",
            format!,
            "savings-early-intervention-2013-14.csv",
            logger,
            cancellationToken
        );
        await SavingsDeliveryDemo.SeedAsync(db, SavingsProgrammeCode, cancellationToken);
    }

    // Each department's commentary under its table in the seed, signed by its lead officer.
    private static async Task SeedFinanceCommentaryAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        var quarter = PerformanceDemo.Quarter;
        if (
            await db.Commentaries.AnyAsync(
                c => c.SubjectType == DepartmentFinance.CommentarySubject && c.Year == quarter.StartYear,
                cancellationToken
            )
        )
        {
            return;
        }

        await using var resource = typeof(DemoSeeder).Assembly.GetManifestResourceStream("demo-finance-commentary.json")!;
        var texts = await System.Text.Json.JsonSerializer.DeserializeAsync<Dictionary<string, string>>(
            resource,
            cancellationToken: cancellationToken
        );
        var recorder = new FinanceCommentaryRecorder(db);
        foreach (var department in await db.Departments.ToListAsync(cancellationToken))
        {
            if (texts!.TryGetValue(department.Code, out var text))
            {
                await recorder.SetAsync(department, quarter, text, cancellationToken);
            }
        }
    }

    private static Inspection DemoInspection(int urn, DateOnly date, OfstedGrade grade) =>
        new()
        {
            Urn = urn,
            StartDate = date,
            PublicationDate = date.AddDays(21),
            Type = InspectionTypes.Graded,
            Scale = InspectionTypes.FourPoint,
            OverallEffectiveness = (int)grade,
        };

    private static async Task ImportSharedDataAsync(
        IServiceProvider services,
        BeaconDbContext db,
        string folder,
        ILogger logger,
        CancellationToken cancellationToken
    )
    {
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("Demo data: {Folder} does not exist, so no DfE statistics are loaded", folder);
            return;
        }

        var pipeline = services.GetRequiredService<ImportPipeline>();
        // Beside the DfE files, Ofsted's synthetic Annex A sample: a demo extract with nothing about real children.
        var annexA = Path.Combine(folder, "..", "annex-a");
        var plan = FolderImport.Plan(folder).Concat(Directory.Exists(annexA) ? FolderImport.Plan(annexA) : []);
        foreach (var (file, format) in plan)
        {
            var name = Path.GetFileName(file);
            var outcome = await pipeline.RunAsync(db, format, file, name, "demo-seeder", cancellationToken: cancellationToken);
            if (outcome.Succeeded)
            {
                logger.LogInformation(
                    "Demo data: {File}: {Inserted} inserted, {Unchanged} unchanged",
                    name,
                    outcome.Run!.Inserted,
                    outcome.Run.Unchanged
                );
            }
            else
            {
                logger.LogWarning(
                    "Demo data: {File} was not imported: {First}",
                    name,
                    outcome.Errors.Kept.Count > 0 ? outcome.Errors.Kept[0] : null
                );
            }
        }
    }

    // Embedded demo files go through the import pipeline like any upload, so each is an import run; a later start
    // imports the same file again, which changes nothing.
    private static async Task ImportEmbeddedAsync(
        IServiceProvider services,
        BeaconDbContext db,
        string resource,
        IImportFormat format,
        string name,
        ILogger logger,
        CancellationToken cancellationToken
    )
    {
        var file = Path.Combine(Path.GetTempPath(), $"beacon-demo-{Guid.NewGuid():N}.csv");
        try
        {
            await using (var stream = typeof(DemoSeeder).Assembly.GetManifestResourceStream(resource)!)
            await using (var target = File.Create(file))
            {
                await stream.CopyToAsync(target, cancellationToken);
            }

            var outcome = await services
                .GetRequiredService<ImportPipeline>()
                .RunAsync(db, format, file, name, "demo-seeder", cancellationToken: cancellationToken);
            if (!outcome.Succeeded)
            {
                logger.LogWarning(
                    "Demo data: {File} was not imported: {First}",
                    name,
                    outcome.Errors.Kept.Count > 0 ? outcome.Errors.Kept[0] : null
                );
            }
        }
        finally
        {
            File.Delete(file);
        }
    }
}
