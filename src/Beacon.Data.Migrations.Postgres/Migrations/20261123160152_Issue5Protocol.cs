using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Beacon.Data.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Issue5Protocol : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "rating",
                table: "schools");

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

            migrationBuilder.CreateIndex(
                name: "ix_officer_judgements_review_id_urn",
                table: "officer_judgements",
                columns: new[] { "review_id", "urn" });

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
                name: "ix_school_reviews_term",
                table: "school_reviews",
                column: "term",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_self_evaluation_aspects_aspect",
                table: "self_evaluation_aspects",
                column: "aspect",
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
                name: "ix_warning_notices_urn",
                table: "warning_notices",
                column: "urn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "letter_templates");

            migrationBuilder.DropTable(
                name: "officer_judgements");

            migrationBuilder.DropTable(
                name: "protocol_versions");

            migrationBuilder.DropTable(
                name: "rating_decisions");

            migrationBuilder.DropTable(
                name: "school_reviews");

            migrationBuilder.DropTable(
                name: "self_evaluation_aspects");

            migrationBuilder.DropTable(
                name: "summary_sef_sections");

            migrationBuilder.DropTable(
                name: "support_actions");

            migrationBuilder.DropTable(
                name: "support_groups");

            migrationBuilder.DropTable(
                name: "support_meetings");

            migrationBuilder.DropTable(
                name: "warning_notices");

            migrationBuilder.AddColumn<string>(
                name: "rating",
                table: "schools",
                type: "text",
                nullable: true);
        }
    }
}
