using System.Text;
using Beacon.Data.Accounts;
using Beacon.Data.Audit;
using Beacon.Data.Benchmarking;
using Beacon.Data.Committees;
using Beacon.Data.Finance;
using Beacon.Data.Imports;
using Beacon.Data.Performance;
using Beacon.Data.Protocol;
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

    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();

    public DbSet<StatisticRecord> Statistics => Set<StatisticRecord>();

    public DbSet<School> Schools => Set<School>();

    public DbSet<Inspection> Inspections => Set<Inspection>();

    public DbSet<CommitteeItem> CommitteeItems => Set<CommitteeItem>();

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

    public DbSet<LetterTemplate> LetterTemplates => Set<LetterTemplate>();

    public DbSet<SelfEvaluationAspect> SelfEvaluation => Set<SelfEvaluationAspect>();

    public DbSet<SummarySefSection> SummarySefSections => Set<SummarySefSection>();

    public DbSet<StatisticalNeighbour> StatisticalNeighbours => Set<StatisticalNeighbour>();

    public DbSet<BenchmarkIndicatorRecord> BenchmarkIndicators => Set<BenchmarkIndicatorRecord>();

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

    public DbSet<AuditTool> AuditTools => Set<AuditTool>();

    public DbSet<AuditSample> AuditSamples => Set<AuditSample>();

    public DbSet<AuditSampleCase> AuditSampleCases => Set<AuditSampleCase>();

    public DbSet<IroDispute> IroDisputes => Set<IroDispute>();

    public DbSet<IroDisputeStep> IroDisputeSteps => Set<IroDisputeStep>();

    /// <summary>Who is acting in this unit of work, and why.</summary>
    public AuditScope AuditScope => auditScope;

    public override int SaveChanges(bool acceptAllChangesOnSuccess) => SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// Saves the changes and their audit entries in one transaction. Where new rows get their keys from the
    /// database, the rows are saved first and their entries written with the real keys, still in that transaction.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var (entries, awaitingKeys) = AuditTrailWriter.Describe(ChangeTracker, auditScope, clock.GetUtcNow().UtcDateTime);
        auditScope.Reason = null;
        if (awaitingKeys.Count == 0)
        {
            AuditEntries.AddRange(entries);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
        AuditTrailWriter.Complete(awaitingKeys);
        AuditEntries.AddRange(entries);
        await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return saved;
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<AuditEntry>(audit =>
        {
            audit.ToTable("audit_entries");
            audit.HasIndex(a => a.OccurredAtUtc);
            audit.HasIndex(a => new { a.EntityType, a.EntityId });
        });

        builder.Entity<ImportRun>(run =>
        {
            run.ToTable("import_runs");
            run.HasIndex(r => r.Sha256);
        });

        builder.Entity<StatisticRecord>(stat =>
        {
            stat.ToTable("statistics");
            stat.Property(s => s.Value).HasPrecision(28, 8);
            stat.HasIndex(s => new
                {
                    s.Dataset,
                    s.TimePeriod,
                    s.TimeIdentifier,
                    s.GeographicLevel,
                    s.GeographyCode,
                    s.Filters,
                    s.Measure,
                })
                .IsUnique()
                .HasDatabaseName("ux_statistics_natural_key");
        });

        builder.Entity<School>(school =>
        {
            school.ToTable("schools");
            school.HasKey(s => s.Urn);
            school.Property(s => s.Urn).ValueGeneratedNever();
            school.HasIndex(s => s.LaCode);
            school.HasIndex(s => s.PredecessorUrn);
        });

        builder.Entity<Inspection>(inspection =>
        {
            inspection.ToTable("inspections");
            inspection
                .HasIndex(i => new
                {
                    i.Urn,
                    i.StartDate,
                    i.Type,
                })
                .IsUnique();
        });

        builder.Entity<CommitteeItem>(item => item.ToTable("committee_items"));

        builder.Entity<Department>(department =>
        {
            department.ToTable("departments");
            department.HasIndex(d => d.Code).IsUnique();
        });

        builder.Entity<FinancialLineRecord>(line =>
        {
            line.ToTable("financial_lines");
            foreach (
                var money in new[]
                {
                    nameof(FinancialLineRecord.AnnualBudget),
                    nameof(FinancialLineRecord.BudgetToDate),
                    nameof(FinancialLineRecord.ExpenditureToDate),
                }
            )
            {
                line.Property(money).HasPrecision(18, 2);
            }

            line.HasIndex(l => new
                {
                    l.DepartmentId,
                    l.Year,
                    l.Quarter,
                    l.LineGroup,
                    l.Name,
                })
                .IsUnique();
        });

        builder.Entity<LeadOfficer>(officer =>
        {
            officer.ToTable("lead_officers");
            officer.HasIndex(o => o.Initials).IsUnique();
        });
        builder.Entity<BusinessArea>(area => area.ToTable("business_areas"));
        builder.Entity<Milestone>(milestone => milestone.ToTable("milestones"));
        builder.Entity<Indicator>(indicator =>
        {
            indicator.ToTable("indicators");
            indicator.HasIndex(i => i.Reference).IsUnique();
        });
        builder.Entity<IndicatorTarget>(target =>
        {
            target.ToTable("indicator_targets");
            target.HasIndex(t => new { t.IndicatorId, t.Year }).IsUnique();
        });
        builder.Entity<IndicatorValue>(value =>
        {
            value.ToTable("indicator_values");
            value
                .HasIndex(v => new
                {
                    v.IndicatorId,
                    v.Year,
                    v.Quarter,
                })
                .IsUnique();
        });
        builder.Entity<ProgressJudgement>(judgement =>
        {
            judgement.ToTable("progress_judgements");
            judgement
                .HasIndex(j => new
                {
                    j.SubjectType,
                    j.SubjectId,
                    j.Year,
                    j.Quarter,
                })
                .IsUnique();
        });
        builder.Entity<Commentary>(commentary =>
        {
            commentary.ToTable("commentaries");
            commentary.HasIndex(c => new
            {
                c.SubjectType,
                c.SubjectId,
                c.Year,
                c.Quarter,
            });
        });

        builder.Entity<NarrativeSection>(narrative =>
        {
            narrative.ToTable("narrative_sections");
            narrative.HasIndex(n => new
            {
                n.Year,
                n.Quarter,
                n.Kind,
                n.SortOrder,
            });
        });

        ConfigureProtocol(builder);
        builder.Entity<StatisticalNeighbour>(neighbour =>
        {
            neighbour.ToTable("statistical_neighbours");
            neighbour
                .HasIndex(n => new
                {
                    n.Model,
                    n.Authority,
                    n.Rank,
                })
                .IsUnique();
        });
        builder.Entity<AnnexARecord>(record =>
        {
            record.ToTable("annex_a_records");
            record.HasIndex(r => new { r.List, r.ChildId });
        });
        builder.Entity<AnnexAIssue>(issue => issue.ToTable("annex_a_issues"));
        builder.Entity<CaseAudit>(audit =>
        {
            audit.ToTable("case_audits");
            audit.HasIndex(a => a.SampleId);
        });
        builder.Entity<AuditTool>(tool =>
        {
            tool.ToTable("audit_tools");
            tool.HasIndex(t => t.Name).IsUnique();
            // Beacon's own tool, so that audits can be recorded before an authority writes one.
            tool.HasData(
                new AuditTool
                {
                    Id = AuditTool.Beacon,
                    Name = "Beacon practice audit",
                    Questions = System.Text.Json.JsonSerializer.Serialize(Domain.SocialCare.AuditModeration.Questions),
                    Grades = """["Outstanding","Good","Requires improvement","Inadequate"]""",
                    CreatedBy = "Beacon",
                }
            );
        });
        builder.Entity<AuditSample>(sample => sample.ToTable("audit_samples"));
        builder.Entity<Schools.FloorStandardsVersion>(version => version.ToTable("floor_standards_versions"));
        builder.Entity<PracticeMeasureResult>(result =>
        {
            result.ToTable("practice_measure_results");
            result.HasIndex(r => new { r.Code, r.ImportRunId }).IsUnique();
        });
        builder.Entity<AuditSampleCase>(sampled =>
        {
            sampled.ToTable("audit_sample_cases");
            sampled.HasIndex(c => new { c.SampleId, c.ChildId }).IsUnique();
        });
        builder.Entity<IroDispute>(dispute =>
        {
            dispute.ToTable("iro_disputes");
            dispute.HasIndex(d => d.ChildId);
        });
        builder.Entity<IroDisputeStep>(step =>
        {
            step.ToTable("iro_dispute_steps");
            step.HasIndex(s => new { s.DisputeId, s.Stage }).IsUnique();
        });
        builder.Entity<CaseAuditModeration>(moderation =>
        {
            moderation.ToTable("case_audit_moderations");
            moderation.HasIndex(m => m.AuditId).IsUnique();
        });
        builder.Entity<FosteringReturn>(fostering =>
        {
            fostering.ToTable("fostering_returns");
            fostering.HasIndex(f => f.Quarter).IsUnique();
        });
        builder.Entity<FlexibleTimescaleRecord>(timescale =>
        {
            timescale.ToTable("flexible_timescales");
            timescale.HasIndex(t => t.ChildId);
        });
        builder.Entity<FlexibleTimescaleReview>(review =>
        {
            review.ToTable("flexible_timescale_reviews");
            review.HasIndex(r => r.TimescaleId);
        });
        builder.Entity<AuthorityInspection>(inspection =>
        {
            inspection.ToTable("authority_inspections");
            inspection.HasIndex(i => new { i.Authority, i.Date }).IsUnique();
        });
        builder.Entity<BenchmarkIndicatorRecord>(indicator =>
        {
            indicator.ToTable("benchmark_indicators");
            indicator.HasIndex(i => i.Code).IsUnique();
        });
        UseSnakeCaseNames(builder);
    }

    private static void ConfigureProtocol(ModelBuilder builder)
    {
        builder.Entity<ProtocolVersionRecord>(version =>
        {
            version.ToTable("protocol_versions");
            version.HasIndex(v => v.Version).IsUnique();
        });
        builder.Entity<SchoolReview>(review =>
        {
            review.ToTable("school_reviews");
            review.HasIndex(r => r.Term).IsUnique();
        });
        builder.Entity<RatingDecision>(decision =>
        {
            decision.ToTable("rating_decisions");
            decision.HasIndex(d => new { d.ReviewId, d.Urn });
        });
        builder.Entity<OfficerJudgement>(judgement =>
        {
            judgement.ToTable("officer_judgements");
            judgement.HasIndex(j => new { j.ReviewId, j.Urn });
        });
        builder.Entity<SupportGroup>(group =>
        {
            group.ToTable("support_groups");
            group.HasIndex(g => g.Urn);
        });
        builder.Entity<SupportMeeting>(meeting =>
        {
            meeting.ToTable("support_meetings");
            meeting.HasIndex(m => m.GroupId);
        });
        builder.Entity<SupportAction>(action =>
        {
            action.ToTable("support_actions");
            action.HasIndex(a => a.Urn);
        });
        builder.Entity<WarningNotice>(notice =>
        {
            notice.ToTable("warning_notices");
            notice.HasIndex(n => n.Urn);
        });
        builder.Entity<LetterTemplate>(template => template.ToTable("letter_templates"));
        builder.Entity<SelfEvaluationAspect>(aspect =>
        {
            aspect.ToTable("self_evaluation_aspects");
            aspect.HasIndex(a => a.Aspect).IsUnique();
        });
        builder.Entity<SummarySefSection>(section =>
        {
            section.ToTable("summary_sef_sections");
            section
                .HasIndex(s => new
                {
                    s.Urn,
                    s.Term,
                    s.Section,
                })
                .IsUnique();
        });
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
