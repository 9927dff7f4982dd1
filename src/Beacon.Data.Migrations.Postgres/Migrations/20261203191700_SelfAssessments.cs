using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Beacon.Data.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SelfAssessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "self_assessment_moderations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    self_assessment_id = table.Column<int>(type: "integer", nullable: false),
                    authority_organisation_id = table.Column<int>(type: "integer", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    area_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    moderated_grade = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    challenge = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    moderated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    moderated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    organisation_id = table.Column<int>(type: "integer", nullable: false, defaultValue: 1)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_self_assessment_moderations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "self_assessments",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    framework_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    period = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    shared_with_region_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    organisation_id = table.Column<int>(type: "integer", nullable: false, defaultValue: 1)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_self_assessments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "self_assessment_areas",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    self_assessment_id = table.Column<int>(type: "integer", nullable: false),
                    area_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    grade = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    narrative = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    evidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    organisation_id = table.Column<int>(type: "integer", nullable: false, defaultValue: 1)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_self_assessment_areas", x => x.id);
                    table.ForeignKey(
                        name: "FK_self_assessment_areas_self_assessments_self_assessment_id",
                        column: x => x.self_assessment_id,
                        principalTable: "self_assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "self_assessment_sign_offs",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    self_assessment_id = table.Column<int>(type: "integer", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    signed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    signed_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    snapshot = table.Column<string>(type: "text", nullable: false),
                    organisation_id = table.Column<int>(type: "integer", nullable: false, defaultValue: 1)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_self_assessment_sign_offs", x => x.id);
                    table.ForeignKey(
                        name: "FK_self_assessment_sign_offs_self_assessments_self_assessment_~",
                        column: x => x.self_assessment_id,
                        principalTable: "self_assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_self_assessment_areas_self_assessment_id",
                table: "self_assessment_areas",
                column: "self_assessment_id");

            migrationBuilder.CreateIndex(
                name: "ix_self_assessment_areas_self_assessment_id_area_code",
                table: "self_assessment_areas",
                columns: new[] { "organisation_id", "self_assessment_id", "area_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_self_assessment_moderations_authority_organisation_id_self_~",
                table: "self_assessment_moderations",
                columns: new[] { "authority_organisation_id", "self_assessment_id" });

            migrationBuilder.CreateIndex(
                name: "ix_self_assessment_sign_offs_self_assessment_id",
                table: "self_assessment_sign_offs",
                column: "self_assessment_id");

            migrationBuilder.CreateIndex(
                name: "ix_self_assessment_sign_offs_self_assessment_id_revision_role",
                table: "self_assessment_sign_offs",
                columns: new[] { "organisation_id", "self_assessment_id", "revision", "role" },
                unique: true);

            OrganisationIsolation.Enable(migrationBuilder, "self_assessment_moderations", "self_assessments", "self_assessment_areas", "self_assessment_sign_offs");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            OrganisationIsolation.Disable(migrationBuilder, "self_assessment_moderations", "self_assessments", "self_assessment_areas", "self_assessment_sign_offs");

            migrationBuilder.DropTable(
                name: "self_assessment_areas");

            migrationBuilder.DropTable(
                name: "self_assessment_moderations");

            migrationBuilder.DropTable(
                name: "self_assessment_sign_offs");

            migrationBuilder.DropTable(
                name: "self_assessments");
        }
    }
}
