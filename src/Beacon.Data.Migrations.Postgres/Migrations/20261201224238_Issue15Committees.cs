using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Beacon.Data.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Issue15Committees : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "committee_items");

            migrationBuilder.CreateTable(
                name: "committees",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "text", nullable: false),
                    is_scrutiny = table.Column<bool>(type: "boolean", nullable: false),
                    terms_of_reference = table.Column<string>(type: "text", nullable: false),
                    theme = table.Column<string>(type: "text", nullable: true),
                    items_per_meeting = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_committees", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "forward_plan",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    reference = table.Column<string>(type: "text", nullable: false),
                    decision = table.Column<string>(type: "text", nullable: false),
                    decision_maker = table.Column<string>(type: "text", nullable: false),
                    decision_date = table.Column<DateOnly>(type: "date", nullable: false),
                    documents = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forward_plan", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "frozen_papers",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    agenda_item_id = table.Column<int>(type: "integer", nullable: false),
                    public_docx = table.Column<byte[]>(type: "bytea", nullable: false),
                    exempt_docx = table.Column<byte[]>(type: "bytea", nullable: true),
                    frozen_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    data_version = table.Column<long>(type: "bigint", nullable: false),
                    import_runs = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_frozen_papers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "governing_body_instruments",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    school = table.Column<string>(type: "text", nullable: false),
                    school_urn = table.Column<int>(type: "integer", nullable: true),
                    category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    parent_governors = table.Column<int>(type: "integer", nullable: false),
                    local_authority_governors = table.Column<int>(type: "integer", nullable: false),
                    staff_governors = table.Column<int>(type: "integer", nullable: false),
                    headteacher = table.Column<int>(type: "integer", nullable: false),
                    co_opted_governors = table.Column<int>(type: "integer", nullable: false),
                    foundation_governors = table.Column<int>(type: "integer", nullable: false),
                    co_opted_who_are_staff = table.Column<int>(type: "integer", nullable: false),
                    parent_term_years = table.Column<int>(type: "integer", nullable: false),
                    takes_effect = table.Column<DateOnly>(type: "date", nullable: false),
                    made_by = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governing_body_instruments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "report_template_sections",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    position = table.Column<int>(type: "integer", nullable: false),
                    heading = table.Column<string>(type: "text", nullable: false),
                    when_empty = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_template_sections", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "work_programme_topics",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    committee_id = table.Column<int>(type: "integer", nullable: false),
                    municipal_year = table.Column<int>(type: "integer", nullable: false),
                    subject = table.Column<string>(type: "text", nullable: false),
                    lead = table.Column<string>(type: "text", nullable: true),
                    planned_for = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    note = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_programme_topics", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "committee_members",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    committee_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    user_name = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_committee_members", x => x.id);
                    table.ForeignKey(
                        name: "FK_committee_members_committees_committee_id",
                        column: x => x.committee_id,
                        principalTable: "committees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meetings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    committee_id = table.Column<int>(type: "integer", nullable: false),
                    starts_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    venue = table.Column<string>(type: "text", nullable: false),
                    published_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    present = table.Column<string>(type: "text", nullable: true),
                    apologies = table.Column<string>(type: "text", nullable: true),
                    declarations = table.Column<string>(type: "text", nullable: true),
                    minutes_approved_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meetings", x => x.id);
                    table.ForeignKey(
                        name: "FK_meetings_committees_committee_id",
                        column: x => x.committee_id,
                        principalTable: "committees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agenda_items",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    meeting_id = table.Column<int>(type: "integer", nullable: false),
                    section = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    report_of = table.Column<string>(type: "text", nullable: true),
                    decision_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    forward_plan_reference = table.Column<string>(type: "text", nullable: true),
                    exempt_paragraph = table.Column<int>(type: "integer", nullable: true),
                    exempt_part_paragraph = table.Column<int>(type: "integer", nullable: true),
                    source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    source_parameters = table.Column<string>(type: "text", nullable: true),
                    recommendations = table.Column<string>(type: "text", nullable: false),
                    reasons_for_recommendations = table.Column<string>(type: "text", nullable: true),
                    background_papers = table.Column<string>(type: "text", nullable: true),
                    contact_officer = table.Column<string>(type: "text", nullable: true),
                    is_supplement = table.Column<bool>(type: "boolean", nullable: false),
                    minute_number = table.Column<int>(type: "integer", nullable: true),
                    minute_text = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agenda_items", x => x.id);
                    table.ForeignKey(
                        name: "FK_agenda_items_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "paper_sections",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    agenda_item_id = table.Column<int>(type: "integer", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    heading = table.Column<string>(type: "text", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_paper_sections", x => x.id);
                    table.ForeignKey(
                        name: "FK_paper_sections_agenda_items_agenda_item_id",
                        column: x => x.agenda_item_id,
                        principalTable: "agenda_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "resolutions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    agenda_item_id = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resolutions", x => x.id);
                    table.ForeignKey(
                        name: "FK_resolutions_agenda_items_agenda_item_id",
                        column: x => x.agenda_item_id,
                        principalTable: "agenda_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "resolution_actions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    resolution_id = table.Column<int>(type: "integer", nullable: false),
                    description = table.Column<string>(type: "text", nullable: false),
                    owner = table.Column<string>(type: "text", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    done_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resolution_actions", x => x.id);
                    table.ForeignKey(
                        name: "FK_resolution_actions_resolutions_resolution_id",
                        column: x => x.resolution_id,
                        principalTable: "resolutions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_agenda_items_meeting_id_section_position",
                table: "agenda_items",
                columns: new[] { "meeting_id", "section", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_committee_members_committee_id",
                table: "committee_members",
                column: "committee_id");

            migrationBuilder.CreateIndex(
                name: "ix_committee_members_user_name",
                table: "committee_members",
                column: "user_name");

            migrationBuilder.CreateIndex(
                name: "ix_committees_name",
                table: "committees",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_forward_plan_reference",
                table: "forward_plan",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_frozen_papers_agenda_item_id",
                table: "frozen_papers",
                column: "agenda_item_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_meetings_committee_id_starts_at",
                table: "meetings",
                columns: new[] { "committee_id", "starts_at" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_paper_sections_agenda_item_id",
                table: "paper_sections",
                column: "agenda_item_id");

            migrationBuilder.CreateIndex(
                name: "ix_report_template_sections_position",
                table: "report_template_sections",
                column: "position",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_resolution_actions_resolution_id",
                table: "resolution_actions",
                column: "resolution_id");

            migrationBuilder.CreateIndex(
                name: "ix_resolutions_agenda_item_id",
                table: "resolutions",
                column: "agenda_item_id");

            migrationBuilder.CreateIndex(
                name: "ix_work_programme_topics_committee_id_municipal_year",
                table: "work_programme_topics",
                columns: new[] { "committee_id", "municipal_year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "committee_members");

            migrationBuilder.DropTable(
                name: "forward_plan");

            migrationBuilder.DropTable(
                name: "frozen_papers");

            migrationBuilder.DropTable(
                name: "governing_body_instruments");

            migrationBuilder.DropTable(
                name: "paper_sections");

            migrationBuilder.DropTable(
                name: "report_template_sections");

            migrationBuilder.DropTable(
                name: "resolution_actions");

            migrationBuilder.DropTable(
                name: "work_programme_topics");

            migrationBuilder.DropTable(
                name: "resolutions");

            migrationBuilder.DropTable(
                name: "agenda_items");

            migrationBuilder.DropTable(
                name: "meetings");

            migrationBuilder.DropTable(
                name: "committees");

            migrationBuilder.CreateTable(
                name: "committee_items",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    committee = table.Column<string>(type: "text", nullable: false),
                    exemption_paragraph = table.Column<string>(type: "text", nullable: true),
                    is_exempt = table.Column<bool>(type: "boolean", nullable: false),
                    meeting_date = table.Column<DateOnly>(type: "date", nullable: false),
                    summary = table.Column<string>(type: "text", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_committee_items", x => x.id);
                });
        }
    }
}
