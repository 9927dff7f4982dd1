using Beacon.Application.Accounts;
using Beacon.Application.Finance;
using Beacon.Application.Imports;
using Beacon.Application.Performance;
using Beacon.Application.Protocol;
using Beacon.Application.Schools;
using Beacon.Application.SocialCare;
using Beacon.Application.Statistics;
using Beacon.Data;
using Beacon.Data.Accounts;
using Beacon.Data.Audit;
using Beacon.Import.Pipeline;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Application;

/// <summary>The services both the web app and the `beacon` command use: database, audit, imports, account rules.</summary>
public static class BeaconCoreServices
{
    public static IServiceCollection AddBeaconCore(this IServiceCollection services, DatabaseOptions database, ImportOptions imports)
    {
        services.AddSingleton(database);
        services.AddSingleton(imports);
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<AuditScope>();
        services.AddDbContext<BeaconDbContext>(options => options.Configure(database));
        services.AddSingleton<ImportPipeline>();
        services.AddScoped<FileImporter>();
        services.AddScoped<StatisticsSummaries>();
        services.AddHybridCache();
        services.AddScoped<ProgressRecorder>();
        services.AddScoped<SupportRecorder>();
        services.AddScoped<SchoolReviewRecorder>();
        services.AddScoped<SummarySefRecorder>();
        services.AddScoped<SelfEvaluationRecorder>();
        services.AddScoped<NarrativeRecorder>();
        services.AddScoped<FinanceCommentaryRecorder>();
        services.AddScoped<ProtocolVersionRecorder>();
        services.AddScoped<LetterTemplateRecorder>();
        services.AddScoped<FloorStandardsRecorder>();
        services.AddScoped<AchievementFigureRecorder>();
        services.AddScoped<Accounts.PeopleDirectory>();
        services.AddScoped<SchoolRecorder>();
        services.AddScoped<AuditToolRecorder>();
        services.AddScoped<IndicatorRecorder>();
        services.AddScoped<IndicatorUpdater>();
        services.AddScoped<MilestoneUpdater>();
        services.AddScoped<Start.StartPage>();
        services.AddScoped<AccountRecorder>();
        services.AddScoped<InspectionRecorder>();
        services.AddScoped<IroDisputeRecorder>();
        services.AddScoped<FosteringReturnEditor>();
        services.AddScoped<OverdueSocialCareActions>();
        services.AddScoped<CaseAuditRecorder>();
        services.AddScoped<AuditSampleRecorder>();
        services.AddScoped<FlexibleTimescaleRecorder>();
        services.AddScoped<Committees.MeetingRecorder>();
        services.AddScoped<Committees.AgendaEditor>();
        services.AddScoped<Risks.RiskRegister>();
        services.AddScoped<SectorLed.SelfAssessmentRecorder>();
        services.AddScoped<SectorLed.SelfAssessmentModerator>();
        services.AddScoped<SectorLed.CoreDatasetReturns>();
        services.AddScoped<SectorLed.CoreDatasetRegion>();
        services.AddScoped<SectorLed.PerformanceRiskRecorder>();
        services.AddScoped<SectorLed.SupportBroker>();
        services.AddScoped<SectorLed.PeerChallengeRecorder>();
        services.AddScoped<SectorLed.PeerChallengeTeam>();
        services.AddScoped<Equality.EqualityAssessments>();
        services.AddScoped<Savings.SavingsRecorder>();
        return services;
    }

    /// <summary>
    /// Account rules: long passwords without composition rules (as the NCSC advises: length helps,
    /// forced symbols and digits do not), and lockout after five failures.
    /// </summary>
    public static void ConfigureIdentity(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Password.RequiredLength = 12;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequireDigit = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireLowercase = false;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = false;
        // A disabled account is not "confirmed" (EnabledAccounts), so it cannot sign in.
        options.SignIn.RequireConfirmedAccount = true;
    }

    /// <summary>Accounts without the web's sign-in cookies, for commands.</summary>
    public static IServiceCollection AddBeaconAccounts(this IServiceCollection services)
    {
        services
            .AddIdentityCore<BeaconAccount>(ConfigureIdentity)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<BeaconDbContext>()
            .AddPasswordValidator<CommonPasswordValidator>();
        return services;
    }
}
