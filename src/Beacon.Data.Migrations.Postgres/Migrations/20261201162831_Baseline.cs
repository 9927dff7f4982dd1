using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Beacon.Data.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "annex_a_issues",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    list = table.Column<int>(type: "integer", nullable: false),
                    row = table.Column<long>(type: "bigint", nullable: false),
                    column = table.Column<string>(type: "text", nullable: true),
                    value = table.Column<string>(type: "text", nullable: true),
                    kind = table.Column<string>(type: "text", nullable: false),
                    detail = table.Column<string>(type: "text", nullable: false),
                    import_run_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_annex_a_issues", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "annex_a_records",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    list = table.Column<int>(type: "integer", nullable: false),
                    row = table.Column<long>(type: "bigint", nullable: false),
                    child_id = table.Column<string>(type: "text", nullable: false),
                    values = table.Column<string>(type: "text", nullable: false),
                    import_run_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_annex_a_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    occurred_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "text", nullable: false),
                    entity_type = table.Column<string>(type: "text", nullable: false),
                    entity_id = table.Column<string>(type: "text", nullable: false),
                    action = table.Column<string>(type: "text", nullable: false),
                    before = table.Column<string>(type: "text", nullable: true),
                    after = table.Column<string>(type: "text", nullable: true),
                    reason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_sample_cases",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    sample_id = table.Column<long>(type: "bigint", nullable: false),
                    child_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_sample_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_samples",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "text", nullable: false),
                    tool_id = table.Column<long>(type: "bigint", nullable: false),
                    list = table.Column<int>(type: "integer", nullable: false),
                    seed = table.Column<int>(type: "integer", nullable: false),
                    moderate_percent = table.Column<int>(type: "integer", nullable: false),
                    drawn_by = table.Column<string>(type: "text", nullable: false),
                    drawn_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_samples", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_tools",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "text", nullable: false),
                    questions = table.Column<string>(type: "text", nullable: false),
                    grades = table.Column<string>(type: "text", nullable: false),
                    created_by = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_tools", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "authority_inspections",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    authority = table.Column<string>(type: "text", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    publication_date = table.Column<DateOnly>(type: "date", nullable: true),
                    type = table.Column<string>(type: "text", nullable: false),
                    overall_effectiveness = table.Column<string>(type: "text", nullable: true),
                    area_judgements = table.Column<string>(type: "text", nullable: true),
                    visit_theme = table.Column<string>(type: "text", nullable: true),
                    import_run_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_authority_inspections", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "benchmark_indicators",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    dataset = table.Column<string>(type: "text", nullable: false),
                    filters = table.Column<string>(type: "text", nullable: false),
                    measure = table.Column<string>(type: "text", nullable: false),
                    unit = table.Column<string>(type: "text", nullable: false),
                    polarity = table.Column<string>(type: "text", nullable: false),
                    decimals = table.Column<int>(type: "integer", nullable: false),
                    denominator_dataset = table.Column<string>(type: "text", nullable: true),
                    denominator_filters = table.Column<string>(type: "text", nullable: true),
                    denominator_measure = table.Column<string>(type: "text", nullable: true),
                    per = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_benchmark_indicators", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "business_areas",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "text", nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_business_areas", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "case_audit_moderations",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    audit_id = table.Column<long>(type: "bigint", nullable: false),
                    moderator = table.Column<string>(type: "text", nullable: false),
                    moderated_on = table.Column<DateOnly>(type: "date", nullable: false),
                    grades = table.Column<string>(type: "text", nullable: false),
                    notes = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_audit_moderations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "case_audits",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    child_id = table.Column<string>(type: "text", nullable: false),
                    tool_id = table.Column<long>(type: "bigint", nullable: false),
                    sample_id = table.Column<long>(type: "bigint", nullable: true),
                    auditor = table.Column<string>(type: "text", nullable: false),
                    audited_on = table.Column<DateOnly>(type: "date", nullable: false),
                    grades = table.Column<string>(type: "text", nullable: false),
                    notes = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_audits", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "commentaries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    subject_type = table.Column<string>(type: "text", nullable: false),
                    subject_id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    quarter = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    initials = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_commentaries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "committee_items",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    committee = table.Column<string>(type: "text", nullable: false),
                    meeting_date = table.Column<DateOnly>(type: "date", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    summary = table.Column<string>(type: "text", nullable: false),
                    is_exempt = table.Column<bool>(type: "boolean", nullable: false),
                    exemption_paragraph = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_committee_items", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "departments",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    lead_officer_initials = table.Column<string>(type: "text", nullable: true),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_departments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "flexible_timescale_reviews",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    timescale_id = table.Column<int>(type: "integer", nullable: false),
                    reviewed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    reviewed_by = table.Column<string>(type: "text", nullable: false),
                    note = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_flexible_timescale_reviews", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "flexible_timescales",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    child_id = table.Column<string>(type: "text", nullable: false),
                    working_days = table.Column<int>(type: "integer", nullable: false),
                    decided_by = table.Column<string>(type: "text", nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_flexible_timescales", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "floor_standards_versions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    json = table.Column<string>(type: "text", nullable: false),
                    saved_by = table.Column<string>(type: "text", nullable: false),
                    saved_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_floor_standards_versions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "fostering_returns",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    quarter = table.Column<string>(type: "text", nullable: false),
                    json = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fostering_returns", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "import_runs",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    format = table.Column<string>(type: "text", nullable: false),
                    source_name = table.Column<string>(type: "text", nullable: false),
                    dataset = table.Column<string>(type: "text", nullable: false),
                    sha256 = table.Column<string>(type: "text", nullable: false),
                    imported_by = table.Column<string>(type: "text", nullable: false),
                    started_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    finished_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    rows_read = table.Column<long>(type: "bigint", nullable: false),
                    inserted = table.Column<long>(type: "bigint", nullable: false),
                    updated = table.Column<long>(type: "bigint", nullable: false),
                    unchanged = table.Column<long>(type: "bigint", nullable: false),
                    rejected = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_import_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "indicator_targets",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    indicator_id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    annual_target = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    q1_target = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    q2_target = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    q3_target = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    q4_target = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_targets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "indicator_values",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    indicator_id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    quarter = table.Column<int>(type: "integer", nullable: false),
                    value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    symbol = table.Column<string>(type: "text", nullable: true),
                    numerator = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    denominator = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_values", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "indicators",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    reference = table.Column<string>(type: "text", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    business_area_id = table.Column<int>(type: "integer", nullable: false),
                    objective_reference = table.Column<string>(type: "text", nullable: true),
                    lead_officer_initials = table.Column<string>(type: "text", nullable: false),
                    unit = table.Column<string>(type: "text", nullable: false),
                    polarity = table.Column<string>(type: "text", nullable: false),
                    accumulation = table.Column<string>(type: "text", nullable: false),
                    data_source = table.Column<string>(type: "text", nullable: true),
                    is_statutory = table.Column<bool>(type: "boolean", nullable: false),
                    same_within = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicators", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inspections",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    inspection_number = table.Column<string>(type: "text", nullable: true),
                    urn = table.Column<int>(type: "integer", nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    publication_date = table.Column<DateOnly>(type: "date", nullable: true),
                    type = table.Column<string>(type: "text", nullable: false),
                    scale = table.Column<string>(type: "text", nullable: false),
                    overall_effectiveness = table.Column<int>(type: "integer", nullable: true),
                    outcome = table.Column<string>(type: "text", nullable: true),
                    category_of_concern = table.Column<string>(type: "text", nullable: true),
                    area_grades = table.Column<string>(type: "text", nullable: true),
                    strengths = table.Column<string>(type: "text", nullable: true),
                    areas_for_improvement = table.Column<string>(type: "text", nullable: true),
                    import_run_id = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "iro_dispute_steps",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    dispute_id = table.Column<long>(type: "bigint", nullable: false),
                    stage = table.Column<int>(type: "integer", nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_by = table.Column<string>(type: "text", nullable: false),
                    note = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_iro_dispute_steps", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "iro_disputes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    child_id = table.Column<string>(type: "text", nullable: false),
                    raised_by = table.Column<string>(type: "text", nullable: false),
                    raised_on = table.Column<DateOnly>(type: "date", nullable: false),
                    concern = table.Column<string>(type: "text", nullable: false),
                    resolved_on = table.Column<DateOnly>(type: "date", nullable: true),
                    outcome = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_iro_disputes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "lead_officers",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    initials = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lead_officers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "letter_templates",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    body = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_letter_templates", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "milestones",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    business_area_id = table.Column<int>(type: "integer", nullable: false),
                    objective_reference = table.Column<string>(type: "text", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    lead_officer_initials = table.Column<string>(type: "text", nullable: false),
                    due_date = table.Column<DateOnly>(type: "date", nullable: true),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_milestones", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "narrative_sections",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    year = table.Column<int>(type: "integer", nullable: false),
                    quarter = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_narrative_sections", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "officer_judgements",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    review_id = table.Column<int>(type: "integer", nullable: false),
                    urn = table.Column<int>(type: "integer", nullable: false),
                    criterion_code = table.Column<string>(type: "text", nullable: false),
                    met = table.Column<bool>(type: "boolean", nullable: false),
                    note = table.Column<string>(type: "text", nullable: true),
                    recorded_by = table.Column<string>(type: "text", nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_officer_judgements", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "practice_measure_results",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    import_run_id = table.Column<long>(type: "bigint", nullable: false),
                    as_at = table.Column<DateOnly>(type: "date", nullable: false),
                    code = table.Column<string>(type: "text", nullable: false),
                    count = table.Column<int>(type: "integer", nullable: false),
                    of = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_practice_measure_results", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "progress_judgements",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    subject_type = table.Column<string>(type: "text", nullable: false),
                    subject_id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    quarter = table.Column<int>(type: "integer", nullable: false),
                    proposed_rating = table.Column<string>(type: "text", nullable: true),
                    rating = table.Column<string>(type: "text", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: true),
                    decided_by = table.Column<string>(type: "text", nullable: false),
                    decided_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_progress_judgements", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "protocol_versions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    version = table.Column<int>(type: "integer", nullable: false),
                    in_force_from = table.Column<DateOnly>(type: "date", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    json = table.Column<string>(type: "text", nullable: false),
                    saved_by = table.Column<string>(type: "text", nullable: false),
                    saved_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_protocol_versions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rating_decisions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    review_id = table.Column<int>(type: "integer", nullable: false),
                    urn = table.Column<int>(type: "integer", nullable: false),
                    proposed_rating = table.Column<string>(type: "text", nullable: true),
                    proposal_reasons = table.Column<string>(type: "text", nullable: false),
                    rating = table.Column<string>(type: "text", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: true),
                    concerns = table.Column<string>(type: "text", nullable: true),
                    support_plan = table.Column<string>(type: "text", nullable: true),
                    after_close = table.Column<bool>(type: "boolean", nullable: false),
                    decided_by = table.Column<string>(type: "text", nullable: false),
                    decided_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rating_decisions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "roles",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "school_reviews",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    term = table.Column<string>(type: "text", nullable: false),
                    meeting_date = table.Column<DateOnly>(type: "date", nullable: false),
                    protocol_version = table.Column<int>(type: "integer", nullable: false),
                    closed_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    closed_by = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_school_reviews", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "schools",
                columns: table => new
                {
                    urn = table.Column<int>(type: "integer", nullable: false),
                    laestab = table.Column<int>(type: "integer", nullable: true),
                    name = table.Column<string>(type: "text", nullable: false),
                    la_code = table.Column<string>(type: "text", nullable: true),
                    la_name = table.Column<string>(type: "text", nullable: true),
                    town = table.Column<string>(type: "text", nullable: true),
                    postcode = table.Column<string>(type: "text", nullable: true),
                    phase = table.Column<string>(type: "text", nullable: false),
                    type = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "text", nullable: true),
                    open_date = table.Column<DateOnly>(type: "date", nullable: true),
                    close_date = table.Column<DateOnly>(type: "date", nullable: true),
                    religious_character = table.Column<string>(type: "text", nullable: true),
                    gender = table.Column<string>(type: "text", nullable: true),
                    pupils = table.Column<int>(type: "integer", nullable: true),
                    predecessor_urn = table.Column<int>(type: "integer", nullable: true),
                    successor_urn = table.Column<int>(type: "integer", nullable: true),
                    link_officer = table.Column<string>(type: "text", nullable: true),
                    headteacher_key = table.Column<string>(type: "text", nullable: true),
                    headteacher_changed_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_schools", x => x.urn);
                });

            migrationBuilder.CreateTable(
                name: "self_evaluation_aspects",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    aspect = table.Column<int>(type: "integer", nullable: false),
                    evidence = table.Column<string>(type: "text", nullable: false),
                    judgement = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_self_evaluation_aspects", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "statistical_neighbours",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    model = table.Column<string>(type: "text", nullable: false),
                    from_year = table.Column<int>(type: "integer", nullable: false),
                    authority = table.Column<string>(type: "text", nullable: false),
                    rank = table.Column<int>(type: "integer", nullable: false),
                    neighbour = table.Column<string>(type: "text", nullable: false),
                    closeness = table.Column<string>(type: "text", nullable: true),
                    import_run_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_statistical_neighbours", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "statistics",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    dataset = table.Column<string>(type: "text", nullable: false),
                    time_period = table.Column<string>(type: "text", nullable: false),
                    time_identifier = table.Column<string>(type: "text", nullable: false),
                    geographic_level = table.Column<string>(type: "text", nullable: false),
                    geography_code = table.Column<string>(type: "text", nullable: false),
                    filters = table.Column<string>(type: "text", nullable: false),
                    measure = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<decimal>(type: "numeric(28,8)", precision: 28, scale: 8, nullable: true),
                    symbol = table.Column<string>(type: "text", nullable: true),
                    import_run_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_statistics", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "summary_sef_sections",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    urn = table.Column<int>(type: "integer", nullable: false),
                    term = table.Column<string>(type: "text", nullable: false),
                    section = table.Column<string>(type: "text", nullable: false),
                    judgement = table.Column<int>(type: "integer", nullable: true),
                    strengths = table.Column<string>(type: "text", nullable: false),
                    areas_for_improvement = table.Column<string>(type: "text", nullable: false),
                    why_not_next_grade_up = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_summary_sef_sections", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "support_actions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    urn = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    owner = table.Column<string>(type: "text", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_actions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "support_groups",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    urn = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    chair = table.Column<string>(type: "text", nullable: false),
                    members = table.Column<string>(type: "text", nullable: false),
                    meet_every_days = table.Column<int>(type: "integer", nullable: false),
                    remit = table.Column<string>(type: "text", nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_groups", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "support_meetings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    group_id = table.Column<int>(type: "integer", nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    progress = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_meetings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    display_name = table.Column<string>(type: "text", nullable: false),
                    school_urn = table.Column<int>(type: "integer", nullable: true),
                    may_read_exempt_items = table.Column<bool>(type: "boolean", nullable: false),
                    lead_officer_initials = table.Column<string>(type: "text", nullable: true),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    password_hash = table.Column<string>(type: "text", nullable: true),
                    security_stamp = table.Column<string>(type: "text", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true),
                    phone_number = table.Column<string>(type: "text", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    access_failed_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "warning_notices",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    urn = table.Column<int>(type: "integer", nullable: false),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: false),
                    grounds = table.Column<string>(type: "text", nullable: false),
                    response_due = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_warning_notices", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "financial_lines",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    department_id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    quarter = table.Column<int>(type: "integer", nullable: false),
                    line_group = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    annual_budget = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    budget_to_date = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    expenditure_to_date = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    import_run_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_financial_lines", x => x.id);
                    table.ForeignKey(
                        name: "FK_financial_lines_departments_department_id",
                        column: x => x.department_id,
                        principalTable: "departments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "role_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    role_id = table.Column<string>(type: "text", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_role_claims", x => x.id);
                    table.ForeignKey(
                        name: "FK_role_claims_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<string>(type: "text", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_claims", x => x.id);
                    table.ForeignKey(
                        name: "FK_user_claims_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_logins",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    provider_key = table.Column<string>(type: "text", nullable: false),
                    provider_display_name = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "FK_user_logins_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_roles",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    role_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_roles", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "FK_user_roles_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_user_roles_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_tokens",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "FK_user_tokens_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "audit_tools",
                columns: new[] { "id", "created_by", "grades", "name", "questions" },
                values: new object[] { 1L, "Beacon", "[\"Outstanding\",\"Good\",\"Requires improvement\",\"Inadequate\"]", "Beacon practice audit", "[\"Management oversight is recorded and purposeful\",\"The child\\u0027s plan is specific and progressed\",\"The child\\u0027s voice and lived experience are clear\",\"IRO challenge is evident where needed\",\"Assessments and visits are timely\"]" });

            // The row above was given its key, so the identity sequence must move past it before the next tool is added.
            migrationBuilder.Sql("SELECT setval(pg_get_serial_sequence('audit_tools', 'id'), 1);");

            migrationBuilder.CreateIndex(
                name: "ix_annex_a_records_list_child_id",
                table: "annex_a_records",
                columns: new[] { "list", "child_id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_entity_type_entity_id",
                table: "audit_entries",
                columns: new[] { "entity_type", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_occurred_at_utc",
                table: "audit_entries",
                column: "occurred_at_utc");

            migrationBuilder.CreateIndex(
                name: "ix_audit_sample_cases_sample_id_child_id",
                table: "audit_sample_cases",
                columns: new[] { "sample_id", "child_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_tools_name",
                table: "audit_tools",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_authority_inspections_authority_date",
                table: "authority_inspections",
                columns: new[] { "authority", "date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_benchmark_indicators_code",
                table: "benchmark_indicators",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_case_audit_moderations_audit_id",
                table: "case_audit_moderations",
                column: "audit_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_case_audits_sample_id",
                table: "case_audits",
                column: "sample_id");

            migrationBuilder.CreateIndex(
                name: "ix_commentaries_subject_type_subject_id_year_quarter",
                table: "commentaries",
                columns: new[] { "subject_type", "subject_id", "year", "quarter" });

            migrationBuilder.CreateIndex(
                name: "ix_departments_code",
                table: "departments",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_financial_lines_department_id_year_quarter_line_group_name",
                table: "financial_lines",
                columns: new[] { "department_id", "year", "quarter", "line_group", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_flexible_timescale_reviews_timescale_id",
                table: "flexible_timescale_reviews",
                column: "timescale_id");

            migrationBuilder.CreateIndex(
                name: "ix_flexible_timescales_child_id",
                table: "flexible_timescales",
                column: "child_id");

            migrationBuilder.CreateIndex(
                name: "ix_fostering_returns_quarter",
                table: "fostering_returns",
                column: "quarter",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_import_runs_sha256",
                table: "import_runs",
                column: "sha256");

            migrationBuilder.CreateIndex(
                name: "ix_indicator_targets_indicator_id_year",
                table: "indicator_targets",
                columns: new[] { "indicator_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_indicator_values_indicator_id_year_quarter",
                table: "indicator_values",
                columns: new[] { "indicator_id", "year", "quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_indicators_reference",
                table: "indicators",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inspections_urn_start_date_type",
                table: "inspections",
                columns: new[] { "urn", "start_date", "type" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_iro_dispute_steps_dispute_id_stage",
                table: "iro_dispute_steps",
                columns: new[] { "dispute_id", "stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_iro_disputes_child_id",
                table: "iro_disputes",
                column: "child_id");

            migrationBuilder.CreateIndex(
                name: "ix_lead_officers_initials",
                table: "lead_officers",
                column: "initials",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_narrative_sections_year_quarter_kind_sort_order",
                table: "narrative_sections",
                columns: new[] { "year", "quarter", "kind", "sort_order" });

            migrationBuilder.CreateIndex(
                name: "ix_officer_judgements_review_id_urn",
                table: "officer_judgements",
                columns: new[] { "review_id", "urn" });

            migrationBuilder.CreateIndex(
                name: "ix_practice_measure_results_code_import_run_id",
                table: "practice_measure_results",
                columns: new[] { "code", "import_run_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_progress_judgements_subject_type_subject_id_year_quarter",
                table: "progress_judgements",
                columns: new[] { "subject_type", "subject_id", "year", "quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_protocol_versions_version",
                table: "protocol_versions",
                column: "version",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_rating_decisions_review_id_urn",
                table: "rating_decisions",
                columns: new[] { "review_id", "urn" });

            migrationBuilder.CreateIndex(
                name: "ix_role_claims_role_id",
                table: "role_claims",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "role_name_index",
                table: "roles",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_school_reviews_term",
                table: "school_reviews",
                column: "term",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_schools_la_code",
                table: "schools",
                column: "la_code");

            migrationBuilder.CreateIndex(
                name: "ix_schools_predecessor_urn",
                table: "schools",
                column: "predecessor_urn");

            migrationBuilder.CreateIndex(
                name: "ix_self_evaluation_aspects_aspect",
                table: "self_evaluation_aspects",
                column: "aspect",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_statistical_neighbours_model_authority_rank",
                table: "statistical_neighbours",
                columns: new[] { "model", "authority", "rank" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_statistics_natural_key",
                table: "statistics",
                columns: new[] { "dataset", "time_period", "time_identifier", "geographic_level", "geography_code", "filters", "measure" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_summary_sef_sections_urn_term_section",
                table: "summary_sef_sections",
                columns: new[] { "urn", "term", "section" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_support_actions_urn",
                table: "support_actions",
                column: "urn");

            migrationBuilder.CreateIndex(
                name: "ix_support_groups_urn",
                table: "support_groups",
                column: "urn");

            migrationBuilder.CreateIndex(
                name: "ix_support_meetings_group_id",
                table: "support_meetings",
                column: "group_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_claims_user_id",
                table: "user_claims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_logins_user_id",
                table: "user_logins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_roles_role_id",
                table: "user_roles",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "email_index",
                table: "users",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "user_name_index",
                table: "users",
                column: "normalized_user_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_warning_notices_urn",
                table: "warning_notices",
                column: "urn");

            // The audit trail is append-only: the database itself refuses to change, remove or truncate a row.
            migrationBuilder.Sql(
                """
                CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit_entries is append-only';
                END;
                $$;
                CREATE TRIGGER audit_entries_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_entries
                    FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
                CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
                    FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();
                """
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER audit_entries_no_truncate ON audit_entries; DROP TRIGGER audit_entries_no_update_or_delete ON audit_entries; DROP FUNCTION audit_entries_append_only();");

            migrationBuilder.DropTable(
                name: "annex_a_issues");

            migrationBuilder.DropTable(
                name: "annex_a_records");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "audit_sample_cases");

            migrationBuilder.DropTable(
                name: "audit_samples");

            migrationBuilder.DropTable(
                name: "audit_tools");

            migrationBuilder.DropTable(
                name: "authority_inspections");

            migrationBuilder.DropTable(
                name: "benchmark_indicators");

            migrationBuilder.DropTable(
                name: "business_areas");

            migrationBuilder.DropTable(
                name: "case_audit_moderations");

            migrationBuilder.DropTable(
                name: "case_audits");

            migrationBuilder.DropTable(
                name: "commentaries");

            migrationBuilder.DropTable(
                name: "committee_items");

            migrationBuilder.DropTable(
                name: "financial_lines");

            migrationBuilder.DropTable(
                name: "flexible_timescale_reviews");

            migrationBuilder.DropTable(
                name: "flexible_timescales");

            migrationBuilder.DropTable(
                name: "floor_standards_versions");

            migrationBuilder.DropTable(
                name: "fostering_returns");

            migrationBuilder.DropTable(
                name: "import_runs");

            migrationBuilder.DropTable(
                name: "indicator_targets");

            migrationBuilder.DropTable(
                name: "indicator_values");

            migrationBuilder.DropTable(
                name: "indicators");

            migrationBuilder.DropTable(
                name: "inspections");

            migrationBuilder.DropTable(
                name: "iro_dispute_steps");

            migrationBuilder.DropTable(
                name: "iro_disputes");

            migrationBuilder.DropTable(
                name: "lead_officers");

            migrationBuilder.DropTable(
                name: "letter_templates");

            migrationBuilder.DropTable(
                name: "milestones");

            migrationBuilder.DropTable(
                name: "narrative_sections");

            migrationBuilder.DropTable(
                name: "officer_judgements");

            migrationBuilder.DropTable(
                name: "practice_measure_results");

            migrationBuilder.DropTable(
                name: "progress_judgements");

            migrationBuilder.DropTable(
                name: "protocol_versions");

            migrationBuilder.DropTable(
                name: "rating_decisions");

            migrationBuilder.DropTable(
                name: "role_claims");

            migrationBuilder.DropTable(
                name: "school_reviews");

            migrationBuilder.DropTable(
                name: "schools");

            migrationBuilder.DropTable(
                name: "self_evaluation_aspects");

            migrationBuilder.DropTable(
                name: "statistical_neighbours");

            migrationBuilder.DropTable(
                name: "statistics");

            migrationBuilder.DropTable(
                name: "summary_sef_sections");

            migrationBuilder.DropTable(
                name: "support_actions");

            migrationBuilder.DropTable(
                name: "support_groups");

            migrationBuilder.DropTable(
                name: "support_meetings");

            migrationBuilder.DropTable(
                name: "user_claims");

            migrationBuilder.DropTable(
                name: "user_logins");

            migrationBuilder.DropTable(
                name: "user_roles");

            migrationBuilder.DropTable(
                name: "user_tokens");

            migrationBuilder.DropTable(
                name: "warning_notices");

            migrationBuilder.DropTable(
                name: "departments");

            migrationBuilder.DropTable(
                name: "roles");

            migrationBuilder.DropTable(
                name: "users");
        }
    }
}
