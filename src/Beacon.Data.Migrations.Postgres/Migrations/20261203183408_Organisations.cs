using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Beacon.Data.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Organisations : Migration
    {

    // Every table an organisation owns, as this migration found them: row-level security is the second lock.
    private static readonly string[] OwnedTables =
    [
            "agenda_items",
            "annex_a_issues",
            "annex_a_records",
            "audit_entries",
            "audit_sample_cases",
            "audit_samples",
            "audit_tools",
            "business_areas",
            "case_audit_moderations",
            "case_audits",
            "commentaries",
            "commissioner_referrals",
            "committee_members",
            "committees",
            "departments",
            "directorate_risks",
            "equality_action_progress",
            "equality_actions",
            "equality_assessment_versions",
            "equality_characteristic_impacts",
            "equality_impact_assessments",
            "financial_lines",
            "flexible_timescale_reviews",
            "flexible_timescales",
            "forward_plan",
            "fostering_returns",
            "frozen_papers",
            "governing_body_instruments",
            "import_runs",
            "indicator_targets",
            "indicator_values",
            "indicators",
            "inspection_actions",
            "inspection_documents",
            "inspection_trigger_notes",
            "iro_dispute_steps",
            "iro_disputes",
            "lead_officers",
            "letter_templates",
            "meetings",
            "milestones",
            "narrative_sections",
            "officer_judgements",
            "paper_sections",
            "practice_measure_results",
            "progress_judgements",
            "protocol_versions",
            "rating_decisions",
            "recorded_achievement_figures",
            "report_template_sections",
            "resolution_actions",
            "resolutions",
            "risk_reviews",
            "saving_deliveries",
            "saving_options",
            "saving_ratings",
            "savings_cost_centres",
            "savings_programmes",
            "school_improvement_judgements",
            "school_review_schools",
            "school_reviews",
            "self_evaluation_aspects",
            "summary_sef_sections",
            "support_actions",
            "support_groups",
            "support_meetings",
            "warning_notices",
            "work_programme_topics",
    ];
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_summary_sef_sections_urn_term_section",
                table: "summary_sef_sections");

            migrationBuilder.DropIndex(
                name: "ix_self_evaluation_aspects_aspect",
                table: "self_evaluation_aspects");

            migrationBuilder.DropIndex(
                name: "ix_school_reviews_term",
                table: "school_reviews");

            migrationBuilder.DropIndex(
                name: "ix_savings_programmes_code",
                table: "savings_programmes");

            migrationBuilder.DropIndex(
                name: "ix_savings_cost_centres_programme_id_heading",
                table: "savings_cost_centres");

            migrationBuilder.DropIndex(
                name: "ix_saving_ratings_code",
                table: "saving_ratings");

            migrationBuilder.DropIndex(
                name: "ix_saving_options_cost_centre_id_number",
                table: "saving_options");

            migrationBuilder.DropIndex(
                name: "ix_saving_deliveries_option_id_year_quarter",
                table: "saving_deliveries");

            migrationBuilder.DropIndex(
                name: "ix_report_template_sections_position",
                table: "report_template_sections");

            migrationBuilder.DropIndex(
                name: "ix_recorded_achievement_figures_measure_code_year_geography_co~",
                table: "recorded_achievement_figures");

            migrationBuilder.DropIndex(
                name: "ix_protocol_versions_version",
                table: "protocol_versions");

            migrationBuilder.DropIndex(
                name: "ix_progress_judgements_subject_type_subject_id_year_quarter",
                table: "progress_judgements");

            migrationBuilder.DropIndex(
                name: "ix_practice_measure_results_code_import_run_id",
                table: "practice_measure_results");

            migrationBuilder.DropIndex(
                name: "ix_meetings_committee_id_starts_at",
                table: "meetings");

            migrationBuilder.DropIndex(
                name: "ix_lead_officers_initials",
                table: "lead_officers");

            migrationBuilder.DropIndex(
                name: "ix_iro_dispute_steps_dispute_id_stage",
                table: "iro_dispute_steps");

            migrationBuilder.DropIndex(
                name: "ix_inspection_documents_item",
                table: "inspection_documents");

            migrationBuilder.DropIndex(
                name: "ix_indicators_reference",
                table: "indicators");

            migrationBuilder.DropIndex(
                name: "ix_indicator_values_indicator_id_year_quarter",
                table: "indicator_values");

            migrationBuilder.DropIndex(
                name: "ix_indicator_targets_indicator_id_year",
                table: "indicator_targets");

            migrationBuilder.DropIndex(
                name: "ix_frozen_papers_agenda_item_id",
                table: "frozen_papers");

            migrationBuilder.DropIndex(
                name: "ix_fostering_returns_quarter",
                table: "fostering_returns");

            migrationBuilder.DropIndex(
                name: "ix_forward_plan_reference",
                table: "forward_plan");

            migrationBuilder.DropIndex(
                name: "ix_financial_lines_department_id_year_quarter_line_group_name",
                table: "financial_lines");

            migrationBuilder.DropIndex(
                name: "ix_equality_impact_assessments_reference",
                table: "equality_impact_assessments");

            migrationBuilder.DropIndex(
                name: "ix_equality_characteristic_impacts_assessment_id_characteristic",
                table: "equality_characteristic_impacts");

            migrationBuilder.DropIndex(
                name: "ix_equality_assessment_versions_assessment_id_version",
                table: "equality_assessment_versions");

            migrationBuilder.DropIndex(
                name: "ix_directorate_risks_reference",
                table: "directorate_risks");

            migrationBuilder.DropIndex(
                name: "ix_departments_code",
                table: "departments");

            migrationBuilder.DropIndex(
                name: "ix_committees_name",
                table: "committees");

            migrationBuilder.DropIndex(
                name: "ix_case_audit_moderations_audit_id",
                table: "case_audit_moderations");

            migrationBuilder.DropIndex(
                name: "ix_audit_tools_name",
                table: "audit_tools");

            migrationBuilder.DropIndex(
                name: "ix_audit_sample_cases_sample_id_child_id",
                table: "audit_sample_cases");

            migrationBuilder.DropIndex(
                name: "ix_agenda_items_meeting_id_section_position",
                table: "agenda_items");

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "work_programme_topics",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "warning_notices",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "users",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "support_meetings",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "support_groups",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "support_actions",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "summary_sef_sections",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "self_evaluation_aspects",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "school_reviews",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "school_review_schools",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "school_improvement_judgements",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "savings_programmes",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "savings_cost_centres",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "saving_ratings",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "saving_options",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "saving_deliveries",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "risk_reviews",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "resolutions",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "resolution_actions",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "report_template_sections",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "recorded_achievement_figures",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "rating_decisions",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "protocol_versions",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "progress_judgements",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "practice_measure_results",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "paper_sections",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "officer_judgements",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "narrative_sections",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "milestones",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "meetings",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "letter_templates",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "lead_officers",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "iro_disputes",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "iro_dispute_steps",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "inspection_trigger_notes",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "inspection_documents",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "inspection_actions",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "indicators",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "indicator_values",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "indicator_targets",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "import_runs",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "governing_body_instruments",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "frozen_papers",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "fostering_returns",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "forward_plan",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "flexible_timescales",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "flexible_timescale_reviews",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "financial_lines",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "equality_impact_assessments",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "equality_characteristic_impacts",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "equality_assessment_versions",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "equality_actions",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "equality_action_progress",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "directorate_risks",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "departments",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "committees",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "committee_members",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "commissioner_referrals",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "commentaries",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "case_audits",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "case_audit_moderations",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "business_areas",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "audit_tools",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "audit_samples",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "audit_sample_cases",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "audit_entries",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "annex_a_records",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "annex_a_issues",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "organisation_id",
                table: "agenda_items",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.CreateTable(
                name: "organisations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    la_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    region_code = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organisations", x => x.id);
                });


            migrationBuilder.InsertData(
                table: "organisations",
                columns: new[] { "id", "kind", "la_code", "name", "region_code" },
                values: new object[] { 1, "Authority", null, "Home authority", null });

            // The home authority's id was given, not drawn: the next organisation draws 2.
            migrationBuilder.Sql("SELECT setval(pg_get_serial_sequence('organisations', 'id'), 1);");

            migrationBuilder.CreateIndex(
                name: "ix_summary_sef_sections_urn_term_section",
                table: "summary_sef_sections",
                columns: new[] { "organisation_id", "urn", "term", "section" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_self_evaluation_aspects_aspect",
                table: "self_evaluation_aspects",
                columns: new[] { "organisation_id", "aspect" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_school_reviews_term",
                table: "school_reviews",
                columns: new[] { "organisation_id", "term" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_savings_programmes_code",
                table: "savings_programmes",
                columns: new[] { "organisation_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_savings_cost_centres_programme_id",
                table: "savings_cost_centres",
                column: "programme_id");

            migrationBuilder.CreateIndex(
                name: "ix_savings_cost_centres_programme_id_heading",
                table: "savings_cost_centres",
                columns: new[] { "organisation_id", "programme_id", "heading" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_saving_ratings_code",
                table: "saving_ratings",
                columns: new[] { "organisation_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_saving_options_cost_centre_id",
                table: "saving_options",
                column: "cost_centre_id");

            migrationBuilder.CreateIndex(
                name: "ix_saving_options_cost_centre_id_number",
                table: "saving_options",
                columns: new[] { "organisation_id", "cost_centre_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_saving_deliveries_option_id",
                table: "saving_deliveries",
                column: "option_id");

            migrationBuilder.CreateIndex(
                name: "ix_saving_deliveries_option_id_year_quarter",
                table: "saving_deliveries",
                columns: new[] { "organisation_id", "option_id", "year", "quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_report_template_sections_position",
                table: "report_template_sections",
                columns: new[] { "organisation_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_recorded_achievement_figures_measure_code_year_geography_code~",
                table: "recorded_achievement_figures",
                columns: new[] { "organisation_id", "measure_code", "year", "geography_code", "kind", "pupil_group" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_protocol_versions_version",
                table: "protocol_versions",
                columns: new[] { "organisation_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_progress_judgements_subject_type_subject_id_year_quarter",
                table: "progress_judgements",
                columns: new[] { "organisation_id", "subject_type", "subject_id", "year", "quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_practice_measure_results_code_import_run_id",
                table: "practice_measure_results",
                columns: new[] { "organisation_id", "code", "import_run_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_meetings_committee_id",
                table: "meetings",
                column: "committee_id");

            migrationBuilder.CreateIndex(
                name: "ix_meetings_committee_id_starts_at",
                table: "meetings",
                columns: new[] { "organisation_id", "committee_id", "starts_at" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_lead_officers_initials",
                table: "lead_officers",
                columns: new[] { "organisation_id", "initials" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_iro_dispute_steps_dispute_id_stage",
                table: "iro_dispute_steps",
                columns: new[] { "organisation_id", "dispute_id", "stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inspection_documents_item",
                table: "inspection_documents",
                columns: new[] { "organisation_id", "item" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_indicators_reference",
                table: "indicators",
                columns: new[] { "organisation_id", "reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_indicator_values_indicator_id_year_quarter",
                table: "indicator_values",
                columns: new[] { "organisation_id", "indicator_id", "year", "quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_indicator_targets_indicator_id_year",
                table: "indicator_targets",
                columns: new[] { "organisation_id", "indicator_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_frozen_papers_agenda_item_id",
                table: "frozen_papers",
                columns: new[] { "organisation_id", "agenda_item_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_fostering_returns_quarter",
                table: "fostering_returns",
                columns: new[] { "organisation_id", "quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_forward_plan_reference",
                table: "forward_plan",
                columns: new[] { "organisation_id", "reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_financial_lines_department_id",
                table: "financial_lines",
                column: "department_id");

            migrationBuilder.CreateIndex(
                name: "ix_financial_lines_department_id_year_quarter_line_group_name",
                table: "financial_lines",
                columns: new[] { "organisation_id", "department_id", "year", "quarter", "line_group", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_equality_impact_assessments_reference",
                table: "equality_impact_assessments",
                columns: new[] { "organisation_id", "reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_equality_characteristic_impacts_assessment_id",
                table: "equality_characteristic_impacts",
                column: "assessment_id");

            migrationBuilder.CreateIndex(
                name: "ix_equality_characteristic_impacts_assessment_id_characteristic",
                table: "equality_characteristic_impacts",
                columns: new[] { "organisation_id", "assessment_id", "characteristic" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_equality_assessment_versions_assessment_id",
                table: "equality_assessment_versions",
                column: "assessment_id");

            migrationBuilder.CreateIndex(
                name: "ix_equality_assessment_versions_assessment_id_version",
                table: "equality_assessment_versions",
                columns: new[] { "organisation_id", "assessment_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_directorate_risks_reference",
                table: "directorate_risks",
                columns: new[] { "organisation_id", "reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_departments_code",
                table: "departments",
                columns: new[] { "organisation_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_committees_name",
                table: "committees",
                columns: new[] { "organisation_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_case_audit_moderations_audit_id",
                table: "case_audit_moderations",
                columns: new[] { "organisation_id", "audit_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_tools_name",
                table: "audit_tools",
                columns: new[] { "organisation_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_sample_cases_sample_id_child_id",
                table: "audit_sample_cases",
                columns: new[] { "organisation_id", "sample_id", "child_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_agenda_items_meeting_id",
                table: "agenda_items",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_agenda_items_meeting_id_section_position",
                table: "agenda_items",
                columns: new[] { "organisation_id", "meeting_id", "section", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_organisations_la_code",
                table: "organisations",
                column: "la_code",
                unique: true);

            OrganisationIsolation.Enable(migrationBuilder, OwnedTables);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

            OrganisationIsolation.Disable(migrationBuilder, OwnedTables);
            migrationBuilder.DropTable(
                name: "organisations");

            migrationBuilder.DropIndex(
                name: "ix_summary_sef_sections_urn_term_section",
                table: "summary_sef_sections");

            migrationBuilder.DropIndex(
                name: "ix_self_evaluation_aspects_aspect",
                table: "self_evaluation_aspects");

            migrationBuilder.DropIndex(
                name: "ix_school_reviews_term",
                table: "school_reviews");

            migrationBuilder.DropIndex(
                name: "ix_savings_programmes_code",
                table: "savings_programmes");

            migrationBuilder.DropIndex(
                name: "ix_savings_cost_centres_programme_id",
                table: "savings_cost_centres");

            migrationBuilder.DropIndex(
                name: "ix_savings_cost_centres_programme_id_heading",
                table: "savings_cost_centres");

            migrationBuilder.DropIndex(
                name: "ix_saving_ratings_code",
                table: "saving_ratings");

            migrationBuilder.DropIndex(
                name: "ix_saving_options_cost_centre_id",
                table: "saving_options");

            migrationBuilder.DropIndex(
                name: "ix_saving_options_cost_centre_id_number",
                table: "saving_options");

            migrationBuilder.DropIndex(
                name: "ix_saving_deliveries_option_id",
                table: "saving_deliveries");

            migrationBuilder.DropIndex(
                name: "ix_saving_deliveries_option_id_year_quarter",
                table: "saving_deliveries");

            migrationBuilder.DropIndex(
                name: "ix_report_template_sections_position",
                table: "report_template_sections");

            migrationBuilder.DropIndex(
                name: "ix_recorded_achievement_figures_measure_code_year_geography_code~",
                table: "recorded_achievement_figures");

            migrationBuilder.DropIndex(
                name: "ix_protocol_versions_version",
                table: "protocol_versions");

            migrationBuilder.DropIndex(
                name: "ix_progress_judgements_subject_type_subject_id_year_quarter",
                table: "progress_judgements");

            migrationBuilder.DropIndex(
                name: "ix_practice_measure_results_code_import_run_id",
                table: "practice_measure_results");

            migrationBuilder.DropIndex(
                name: "ix_meetings_committee_id",
                table: "meetings");

            migrationBuilder.DropIndex(
                name: "ix_meetings_committee_id_starts_at",
                table: "meetings");

            migrationBuilder.DropIndex(
                name: "ix_lead_officers_initials",
                table: "lead_officers");

            migrationBuilder.DropIndex(
                name: "ix_iro_dispute_steps_dispute_id_stage",
                table: "iro_dispute_steps");

            migrationBuilder.DropIndex(
                name: "ix_inspection_documents_item",
                table: "inspection_documents");

            migrationBuilder.DropIndex(
                name: "ix_indicators_reference",
                table: "indicators");

            migrationBuilder.DropIndex(
                name: "ix_indicator_values_indicator_id_year_quarter",
                table: "indicator_values");

            migrationBuilder.DropIndex(
                name: "ix_indicator_targets_indicator_id_year",
                table: "indicator_targets");

            migrationBuilder.DropIndex(
                name: "ix_frozen_papers_agenda_item_id",
                table: "frozen_papers");

            migrationBuilder.DropIndex(
                name: "ix_fostering_returns_quarter",
                table: "fostering_returns");

            migrationBuilder.DropIndex(
                name: "ix_forward_plan_reference",
                table: "forward_plan");

            migrationBuilder.DropIndex(
                name: "ix_financial_lines_department_id",
                table: "financial_lines");

            migrationBuilder.DropIndex(
                name: "ix_financial_lines_department_id_year_quarter_line_group_name",
                table: "financial_lines");

            migrationBuilder.DropIndex(
                name: "ix_equality_impact_assessments_reference",
                table: "equality_impact_assessments");

            migrationBuilder.DropIndex(
                name: "ix_equality_characteristic_impacts_assessment_id",
                table: "equality_characteristic_impacts");

            migrationBuilder.DropIndex(
                name: "ix_equality_characteristic_impacts_assessment_id_characteristic",
                table: "equality_characteristic_impacts");

            migrationBuilder.DropIndex(
                name: "ix_equality_assessment_versions_assessment_id",
                table: "equality_assessment_versions");

            migrationBuilder.DropIndex(
                name: "ix_equality_assessment_versions_assessment_id_version",
                table: "equality_assessment_versions");

            migrationBuilder.DropIndex(
                name: "ix_directorate_risks_reference",
                table: "directorate_risks");

            migrationBuilder.DropIndex(
                name: "ix_departments_code",
                table: "departments");

            migrationBuilder.DropIndex(
                name: "ix_committees_name",
                table: "committees");

            migrationBuilder.DropIndex(
                name: "ix_case_audit_moderations_audit_id",
                table: "case_audit_moderations");

            migrationBuilder.DropIndex(
                name: "ix_audit_tools_name",
                table: "audit_tools");

            migrationBuilder.DropIndex(
                name: "ix_audit_sample_cases_sample_id_child_id",
                table: "audit_sample_cases");

            migrationBuilder.DropIndex(
                name: "ix_agenda_items_meeting_id",
                table: "agenda_items");

            migrationBuilder.DropIndex(
                name: "ix_agenda_items_meeting_id_section_position",
                table: "agenda_items");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "work_programme_topics");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "warning_notices");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "users");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "support_meetings");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "support_groups");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "support_actions");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "summary_sef_sections");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "self_evaluation_aspects");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "school_reviews");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "school_review_schools");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "school_improvement_judgements");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "savings_programmes");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "savings_cost_centres");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "saving_ratings");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "saving_options");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "saving_deliveries");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "risk_reviews");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "resolutions");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "resolution_actions");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "report_template_sections");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "recorded_achievement_figures");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "rating_decisions");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "protocol_versions");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "progress_judgements");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "practice_measure_results");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "paper_sections");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "officer_judgements");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "narrative_sections");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "milestones");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "letter_templates");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "lead_officers");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "iro_disputes");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "iro_dispute_steps");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "inspection_trigger_notes");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "inspection_documents");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "inspection_actions");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "indicators");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "indicator_values");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "indicator_targets");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "import_runs");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "governing_body_instruments");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "frozen_papers");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "fostering_returns");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "forward_plan");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "flexible_timescales");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "flexible_timescale_reviews");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "financial_lines");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "equality_impact_assessments");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "equality_characteristic_impacts");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "equality_assessment_versions");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "equality_actions");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "equality_action_progress");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "directorate_risks");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "departments");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "committees");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "committee_members");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "commissioner_referrals");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "commentaries");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "case_audits");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "case_audit_moderations");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "business_areas");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "audit_tools");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "audit_samples");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "audit_sample_cases");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "annex_a_records");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "annex_a_issues");

            migrationBuilder.DropColumn(
                name: "organisation_id",
                table: "agenda_items");

            migrationBuilder.CreateIndex(
                name: "ix_summary_sef_sections_urn_term_section",
                table: "summary_sef_sections",
                columns: new[] { "urn", "term", "section" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_self_evaluation_aspects_aspect",
                table: "self_evaluation_aspects",
                column: "aspect",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_school_reviews_term",
                table: "school_reviews",
                column: "term",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_savings_programmes_code",
                table: "savings_programmes",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_savings_cost_centres_programme_id_heading",
                table: "savings_cost_centres",
                columns: new[] { "programme_id", "heading" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_saving_ratings_code",
                table: "saving_ratings",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_saving_options_cost_centre_id_number",
                table: "saving_options",
                columns: new[] { "cost_centre_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_saving_deliveries_option_id_year_quarter",
                table: "saving_deliveries",
                columns: new[] { "option_id", "year", "quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_report_template_sections_position",
                table: "report_template_sections",
                column: "position",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_recorded_achievement_figures_measure_code_year_geography_co~",
                table: "recorded_achievement_figures",
                columns: new[] { "measure_code", "year", "geography_code", "kind", "pupil_group" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_protocol_versions_version",
                table: "protocol_versions",
                column: "version",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_progress_judgements_subject_type_subject_id_year_quarter",
                table: "progress_judgements",
                columns: new[] { "subject_type", "subject_id", "year", "quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_practice_measure_results_code_import_run_id",
                table: "practice_measure_results",
                columns: new[] { "code", "import_run_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_meetings_committee_id_starts_at",
                table: "meetings",
                columns: new[] { "committee_id", "starts_at" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_lead_officers_initials",
                table: "lead_officers",
                column: "initials",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_iro_dispute_steps_dispute_id_stage",
                table: "iro_dispute_steps",
                columns: new[] { "dispute_id", "stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inspection_documents_item",
                table: "inspection_documents",
                column: "item",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_indicators_reference",
                table: "indicators",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_indicator_values_indicator_id_year_quarter",
                table: "indicator_values",
                columns: new[] { "indicator_id", "year", "quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_indicator_targets_indicator_id_year",
                table: "indicator_targets",
                columns: new[] { "indicator_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_frozen_papers_agenda_item_id",
                table: "frozen_papers",
                column: "agenda_item_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_fostering_returns_quarter",
                table: "fostering_returns",
                column: "quarter",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_forward_plan_reference",
                table: "forward_plan",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_financial_lines_department_id_year_quarter_line_group_name",
                table: "financial_lines",
                columns: new[] { "department_id", "year", "quarter", "line_group", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_equality_impact_assessments_reference",
                table: "equality_impact_assessments",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_equality_characteristic_impacts_assessment_id_characteristic",
                table: "equality_characteristic_impacts",
                columns: new[] { "assessment_id", "characteristic" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_equality_assessment_versions_assessment_id_version",
                table: "equality_assessment_versions",
                columns: new[] { "assessment_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_directorate_risks_reference",
                table: "directorate_risks",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_departments_code",
                table: "departments",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_committees_name",
                table: "committees",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_case_audit_moderations_audit_id",
                table: "case_audit_moderations",
                column: "audit_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_tools_name",
                table: "audit_tools",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_sample_cases_sample_id_child_id",
                table: "audit_sample_cases",
                columns: new[] { "sample_id", "child_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_agenda_items_meeting_id_section_position",
                table: "agenda_items",
                columns: new[] { "meeting_id", "section", "position" },
                unique: true);
        }
    }
}
