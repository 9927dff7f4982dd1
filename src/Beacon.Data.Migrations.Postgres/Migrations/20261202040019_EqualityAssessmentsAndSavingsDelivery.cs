using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Beacon.Data.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class EqualityAssessmentsAndSavingsDelivery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "approved_on",
                table: "savings_programmes",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "equality_impact_assessments",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    subject = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    savings_programme_id = table.Column<int>(type: "integer", nullable: true),
                    department = table.Column<string>(type: "text", nullable: false),
                    division = table.Column<string>(type: "text", nullable: false),
                    section = table.Column<string>(type: "text", nullable: false),
                    owner = table.Column<string>(type: "text", nullable: false),
                    function_or_service = table.Column<string>(type: "text", nullable: false),
                    information_available = table.Column<string>(type: "text", nullable: false),
                    information_gaps = table.Column<string>(type: "text", nullable: false),
                    impact_summary = table.Column<string>(type: "text", nullable: false),
                    outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    outcome_justification = table.Column<string>(type: "text", nullable: false),
                    assessed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    sent_for_publishing_on = table.Column<DateOnly>(type: "date", nullable: true),
                    published_on = table.Column<DateOnly>(type: "date", nullable: true),
                    reviewed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_equality_impact_assessments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "saving_deliveries",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    option_id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    quarter = table.Column<int>(type: "integer", nullable: false),
                    planned = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    achieved = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    rating = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    reason = table.Column<string>(type: "text", nullable: false),
                    recorded_by = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_saving_deliveries", x => x.id);
                    table.ForeignKey(
                        name: "FK_saving_deliveries_saving_options_option_id",
                        column: x => x.option_id,
                        principalTable: "saving_options",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "equality_actions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    assessment_id = table.Column<int>(type: "integer", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    action = table.Column<string>(type: "text", nullable: false),
                    responsible_officer = table.Column<string>(type: "text", nullable: false),
                    by_when = table.Column<string>(type: "text", nullable: false),
                    evaluation = table.Column<string>(type: "text", nullable: false),
                    high_priority = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_equality_actions", x => x.id);
                    table.ForeignKey(
                        name: "FK_equality_actions_equality_impact_assessments_assessment_id",
                        column: x => x.assessment_id,
                        principalTable: "equality_impact_assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "equality_assessment_versions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    assessment_id = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    published_on = table.Column<DateOnly>(type: "date", nullable: false),
                    snapshot = table.Column<string>(type: "text", nullable: false),
                    published_by = table.Column<string>(type: "text", nullable: false),
                    published_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_equality_assessment_versions", x => x.id);
                    table.ForeignKey(
                        name: "FK_equality_assessment_versions_equality_impact_assessments_as~",
                        column: x => x.assessment_id,
                        principalTable: "equality_impact_assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "equality_characteristic_impacts",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    assessment_id = table.Column<int>(type: "integer", nullable: false),
                    characteristic = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    relevant = table.Column<bool>(type: "boolean", nullable: false),
                    impact = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_equality_characteristic_impacts", x => x.id);
                    table.ForeignKey(
                        name: "FK_equality_characteristic_impacts_equality_impact_assessments~",
                        column: x => x.assessment_id,
                        principalTable: "equality_impact_assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "equality_action_progress",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    action_id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    quarter = table.Column<int>(type: "integer", nullable: false),
                    commentary = table.Column<string>(type: "text", nullable: false),
                    completed = table.Column<bool>(type: "boolean", nullable: false),
                    recorded_by = table.Column<string>(type: "text", nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_equality_action_progress", x => x.id);
                    table.ForeignKey(
                        name: "FK_equality_action_progress_equality_actions_action_id",
                        column: x => x.action_id,
                        principalTable: "equality_actions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_equality_action_progress_action_id_year_quarter",
                table: "equality_action_progress",
                columns: new[] { "action_id", "year", "quarter" });

            migrationBuilder.CreateIndex(
                name: "ix_equality_actions_assessment_id",
                table: "equality_actions",
                column: "assessment_id");

            migrationBuilder.CreateIndex(
                name: "ix_equality_assessment_versions_assessment_id_version",
                table: "equality_assessment_versions",
                columns: new[] { "assessment_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_equality_characteristic_impacts_assessment_id_characteristic",
                table: "equality_characteristic_impacts",
                columns: new[] { "assessment_id", "characteristic" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_equality_impact_assessments_reference",
                table: "equality_impact_assessments",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_saving_deliveries_option_id_year_quarter",
                table: "saving_deliveries",
                columns: new[] { "option_id", "year", "quarter" },
                unique: true);
            // Progress reported on an equality action and a published version of an assessment are append-only.
            migrationBuilder.Sql(
                """
                CREATE FUNCTION equality_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
                END;
                $$;
                CREATE TRIGGER equality_action_progress_no_update_or_delete BEFORE UPDATE OR DELETE ON equality_action_progress
                    FOR EACH ROW EXECUTE FUNCTION equality_append_only();
                CREATE TRIGGER equality_action_progress_no_truncate BEFORE TRUNCATE ON equality_action_progress
                    FOR EACH STATEMENT EXECUTE FUNCTION equality_append_only();
                CREATE TRIGGER equality_assessment_versions_no_update_or_delete BEFORE UPDATE OR DELETE ON equality_assessment_versions
                    FOR EACH ROW EXECUTE FUNCTION equality_append_only();
                CREATE TRIGGER equality_assessment_versions_no_truncate BEFORE TRUNCATE ON equality_assessment_versions
                    FOR EACH STATEMENT EXECUTE FUNCTION equality_append_only();
                """
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "equality_action_progress");

            migrationBuilder.DropTable(
                name: "equality_assessment_versions");

            migrationBuilder.DropTable(
                name: "equality_characteristic_impacts");

            migrationBuilder.DropTable(
                name: "saving_deliveries");

            migrationBuilder.DropTable(
                name: "equality_actions");

            migrationBuilder.DropTable(
                name: "equality_impact_assessments");

            migrationBuilder.DropColumn(
                name: "approved_on",
                table: "savings_programmes");

            migrationBuilder.Sql("DROP FUNCTION IF EXISTS equality_append_only();");
        }
    }
}
