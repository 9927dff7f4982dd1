using System.Text;
using Beacon.Data.Accounts;
using Beacon.Data.Audit;
using Beacon.Data.Benchmarking;
using Beacon.Data.Committees;
using Beacon.Data.Equality;
using Beacon.Data.Finance;
using Beacon.Data.Imports;
using Beacon.Data.Organisations;
using Beacon.Data.Performance;
using Beacon.Data.Protocol;
using Beacon.Data.Risks;
using Beacon.Data.Savings;
using Beacon.Data.Schools;
using Beacon.Data.SocialCare;
using Beacon.Data.Statistics;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Data;

/// <summary>Beacon's one database, on SQLite or PostgreSQL. Services use it directly.</summary>
public class BeaconDbContext(DbContextOptions<BeaconDbContext> options, AuditScope auditScope, TimeProvider clock)
    : IdentityDbContext<BeaconAccount>(options)
{
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<SectorLed.SelfAssessment> SelfAssessments => Set<SectorLed.SelfAssessment>();

    public DbSet<SectorLed.SelfAssessmentArea> SelfAssessmentAreas => Set<SectorLed.SelfAssessmentArea>();

    public DbSet<SectorLed.SelfAssessmentSignOff> SelfAssessmentSignOffs => Set<SectorLed.SelfAssessmentSignOff>();

    public DbSet<SectorLed.SelfAssessmentModeration> SelfAssessmentModerations => Set<SectorLed.SelfAssessmentModeration>();

    public DbSet<SectorLed.CoreDatasetCollection> CoreDatasetCollections => Set<SectorLed.CoreDatasetCollection>();

    public DbSet<SectorLed.CoreDatasetSubmission> CoreDatasetSubmissions => Set<SectorLed.CoreDatasetSubmission>();

    public DbSet<SectorLed.CoreDatasetFigure> CoreDatasetFigures => Set<SectorLed.CoreDatasetFigure>();

    public DbSet<SectorLed.PerformanceRisk> PerformanceRisks => Set<SectorLed.PerformanceRisk>();

    public DbSet<SectorLed.SupportPackage> SupportPackages => Set<SectorLed.SupportPackage>();

    public DbSet<SectorLed.InterventionRecord> InterventionRecords => Set<SectorLed.InterventionRecord>();

    public DbSet<SectorLed.PeerChallenge> PeerChallenges => Set<SectorLed.PeerChallenge>();

    public DbSet<SectorLed.PeerChallengeMember> PeerChallengeMembers => Set<SectorLed.PeerChallengeMember>();

    public DbSet<SectorLed.PeerChallengeFindings> PeerChallengeFindings => Set<SectorLed.PeerChallengeFindings>();

    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();

    public DbSet<StatisticRecord> Statistics => Set<StatisticRecord>();

    public DbSet<School> Schools => Set<School>();

    public DbSet<Inspection> Inspections => Set<Inspection>();

    public DbSet<Committee> Committees => Set<Committee>();

    public DbSet<CommitteeMember> CommitteeMembers => Set<CommitteeMember>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();

    public DbSet<PaperSection> PaperSections => Set<PaperSection>();

    public DbSet<ReportTemplateSection> ReportTemplate => Set<ReportTemplateSection>();

    public DbSet<FrozenPaper> FrozenPapers => Set<FrozenPaper>();

    public DbSet<Resolution> Resolutions => Set<Resolution>();

    public DbSet<ResolutionAction> ResolutionActions => Set<ResolutionAction>();

    public DbSet<WorkProgrammeTopic> WorkProgramme => Set<WorkProgrammeTopic>();

    public DbSet<ForwardPlanEntry> ForwardPlan => Set<ForwardPlanEntry>();

    public DbSet<GoverningBodyInstrument> Instruments => Set<GoverningBodyInstrument>();

    public DbSet<EqualityImpactAssessment> EqualityAssessments => Set<EqualityImpactAssessment>();

    public DbSet<EqualityAction> EqualityActions => Set<EqualityAction>();

    public DbSet<EqualityActionProgress> EqualityActionProgress => Set<EqualityActionProgress>();

    public DbSet<EqualityAssessmentVersion> EqualityAssessmentVersions => Set<EqualityAssessmentVersion>();

    public DbSet<DirectorateRisk> Risks => Set<DirectorateRisk>();

    public DbSet<RiskReview> RiskReviews => Set<RiskReview>();

    public DbSet<SavingsProgramme> SavingsProgrammes => Set<SavingsProgramme>();

    public DbSet<SavingsCostCentre> SavingsCostCentres => Set<SavingsCostCentre>();

    public DbSet<SavingOption> SavingOptions => Set<SavingOption>();

    public DbSet<SavingDelivery> SavingDeliveries => Set<SavingDelivery>();

    public DbSet<SavingRatingDefinition> SavingRatings => Set<SavingRatingDefinition>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<FinancialLineRecord> FinancialLines => Set<FinancialLineRecord>();

    public DbSet<LeadOfficer> LeadOfficers => Set<LeadOfficer>();

    public DbSet<BusinessArea> BusinessAreas => Set<BusinessArea>();

    public DbSet<Milestone> Milestones => Set<Milestone>();

    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<IndicatorTarget> IndicatorTargets => Set<IndicatorTarget>();

    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();

    public DbSet<ProgressJudgement> ProgressJudgements => Set<ProgressJudgement>();

    public DbSet<Commentary> Commentaries => Set<Commentary>();

    public DbSet<NarrativeSection> Narratives => Set<NarrativeSection>();

    public DbSet<ProtocolVersionRecord> ProtocolVersions => Set<ProtocolVersionRecord>();

    public DbSet<SchoolReview> SchoolReviews => Set<SchoolReview>();

    public DbSet<RatingDecision> RatingDecisions => Set<RatingDecision>();

    public DbSet<OfficerJudgement> OfficerJudgements => Set<OfficerJudgement>();

    public DbSet<SupportGroup> SupportGroups => Set<SupportGroup>();

    public DbSet<SupportMeeting> SupportMeetings => Set<SupportMeeting>();

    public DbSet<SupportAction> SupportActions => Set<SupportAction>();

    public DbSet<WarningNotice> WarningNotices => Set<WarningNotice>();

    public DbSet<CommissionerReferral> CommissionerReferrals => Set<CommissionerReferral>();

    public DbSet<SchoolReviewSchool> SchoolReviewSchools => Set<SchoolReviewSchool>();

    public DbSet<LetterTemplate> LetterTemplates => Set<LetterTemplate>();

    public DbSet<SelfEvaluationAspect> SelfEvaluation => Set<SelfEvaluationAspect>();

    public DbSet<SchoolImprovementJudgement> SchoolImprovementJudgements => Set<SchoolImprovementJudgement>();

    public DbSet<InspectionTriggerNote> InspectionTriggerNotes => Set<InspectionTriggerNote>();

    public DbSet<InspectionDocument> InspectionDocuments => Set<InspectionDocument>();

    public DbSet<InspectionAction> InspectionActions => Set<InspectionAction>();

    public DbSet<SummarySefSection> SummarySefSections => Set<SummarySefSection>();

    public DbSet<StatisticalNeighbour> StatisticalNeighbours => Set<StatisticalNeighbour>();

    public DbSet<BenchmarkIndicatorRecord> BenchmarkIndicators => Set<BenchmarkIndicatorRecord>();

    public DbSet<Lait.LaitGeography> LaitGeographies => Set<Lait.LaitGeography>();

    public DbSet<Lait.LaitDictionaryEntry> LaitDictionary => Set<Lait.LaitDictionaryEntry>();

    public DbSet<AuthorityInspection> AuthorityInspections => Set<AuthorityInspection>();

    public DbSet<AnnexARecord> AnnexARecords => Set<AnnexARecord>();

    public DbSet<AnnexAIssue> AnnexAIssues => Set<AnnexAIssue>();

    public DbSet<FlexibleTimescaleRecord> FlexibleTimescales => Set<FlexibleTimescaleRecord>();

    public DbSet<FlexibleTimescaleReview> FlexibleTimescaleReviews => Set<FlexibleTimescaleReview>();

    public DbSet<FosteringReturn> FosteringReturns => Set<FosteringReturn>();

    public DbSet<CaseAudit> CaseAudits => Set<CaseAudit>();

    public DbSet<CaseAuditModeration> CaseAuditModerations => Set<CaseAuditModeration>();

    public DbSet<PracticeMeasureResult> PracticeMeasureResults => Set<PracticeMeasureResult>();

    public DbSet<Schools.FloorStandardsVersion> FloorStandardsVersions => Set<Schools.FloorStandardsVersion>();

    public DbSet<Schools.RecordedAchievementFigure> RecordedAchievementFigures => Set<Schools.RecordedAchievementFigure>();

    public DbSet<AuditTool> AuditTools => Set<AuditTool>();

    public DbSet<AuditSample> AuditSamples => Set<AuditSample>();

    public DbSet<AuditSampleCase> AuditSampleCases => Set<AuditSampleCase>();

    public DbSet<IroDispute> IroDisputes => Set<IroDispute>();

    public DbSet<IroDisputeStep> IroDisputeSteps => Set<IroDisputeStep>();

    /// <summary>Who is acting in this unit of work, and why.</summary>
    public AuditScope AuditScope => auditScope;

    /// <summary>The organisation whose owned records every query of this context sees; null for all of them.</summary>
    public int? OrganisationScope => auditScope.OrganisationId;

    /// <summary>
    /// Reads every organisation's rows until disposed, PostgreSQL's row-level security included: only for the paths
    /// where one organisation reads what another has shared with it, after <c>AccessPolicy</c> has allowed it.
    /// </summary>
    public IDisposable AcrossOrganisations()
    {
        var acting = auditScope.OrganisationId;
        auditScope.OrganisationId = null;
        return new ScopeRestorer(() => auditScope.OrganisationId = acting);
    }

    private sealed class ScopeRestorer(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) => SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// Saves the changes and their audit entries in one transaction. Where new rows get their keys from the
    /// database, the rows are saved first and their entries written with the real keys, still in that transaction.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        OrganisationOwnership.Stamp(ChangeTracker, OrganisationScope);
        var (entries, awaitingKeys) = AuditTrailWriter.Describe(ChangeTracker, auditScope, clock.GetUtcNow().UtcDateTime);
        auditScope.Reason = null;
        if (awaitingKeys.Count == 0)
        {
            AddAuditEntries(entries);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
        AuditTrailWriter.Complete(awaitingKeys);
        AddAuditEntries(entries);
        await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return saved;
    }

    // An entry belongs to the organisation of the record it describes, so that it is read by those who read that record.
    private void AddAuditEntries(IEnumerable<(AuditEntry Entry, int Owner)> entries)
    {
        foreach (var (entry, owner) in entries)
        {
            Entry(entry).Property(OrganisationOwnership.Column).CurrentValue = owner;
            AuditEntries.Add(entry);
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // One IEntityTypeConfiguration per entity, beside it in its capability's folder.
        builder.ApplyConfigurationsFromAssembly(typeof(BeaconDbContext).Assembly);
        OrganisationOwnership.Apply(builder, this);
        UseSnakeCaseNames(builder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Indicator values, targets and money: exact, with room for rates to four places.
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4).HaveConversion<NormalisedDecimalConverter>();
    }

    // One naming style on both databases keeps the hand-written bulk SQL identical for SQLite and PostgreSQL.
    private static void UseSnakeCaseNames(ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            entity.SetTableName(ToSnakeCase(entity.GetTableName()!.Replace("AspNet", "", StringComparison.Ordinal)));
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(ToSnakeCase(property.Name));
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName(ToSnakeCase(index.GetDatabaseName()!));
            }
        }
    }

    /// <summary>PascalCase to snake_case: <c>OccurredAtUtc</c> becomes <c>occurred_at_utc</c>.</summary>
    public static string ToSnakeCase(string name)
    {
        var result = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && name[i - 1] != '_' && !char.IsUpper(name[i - 1]))
            {
                result.Append('_');
            }

            result.Append(char.ToLowerInvariant(c));
        }

        return result.ToString();
    }
}
