using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuditToolsSamplesAndIroDisputes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "sample_id",
                table: "case_audits",
                type: "INTEGER",
                nullable: true);

            // Audits recorded before tools existed were on Beacon's own tool.
            migrationBuilder.AddColumn<long>(
                name: "tool_id",
                table: "case_audits",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1L);

            migrationBuilder.CreateTable(
                name: "audit_sample_cases",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    sample_id = table.Column<long>(type: "INTEGER", nullable: false),
                    child_id = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_sample_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_samples",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    tool_id = table.Column<long>(type: "INTEGER", nullable: false),
                    list = table.Column<int>(type: "INTEGER", nullable: false),
                    seed = table.Column<int>(type: "INTEGER", nullable: false),
                    moderate_percent = table.Column<int>(type: "INTEGER", nullable: false),
                    drawn_by = table.Column<string>(type: "TEXT", nullable: false),
                    drawn_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_samples", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_tools",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    questions = table.Column<string>(type: "TEXT", nullable: false),
                    grades = table.Column<string>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_tools", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "iro_dispute_steps",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    dispute_id = table.Column<long>(type: "INTEGER", nullable: false),
                    stage = table.Column<int>(type: "INTEGER", nullable: false),
                    started_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", nullable: false),
                    note = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_iro_dispute_steps", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "iro_disputes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    child_id = table.Column<string>(type: "TEXT", nullable: false),
                    raised_by = table.Column<string>(type: "TEXT", nullable: false),
                    raised_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    concern = table.Column<string>(type: "TEXT", nullable: false),
                    resolved_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    outcome = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_iro_disputes", x => x.id);
                });

            migrationBuilder.InsertData(
                table: "audit_tools",
                columns: new[] { "id", "created_by", "grades", "name", "questions" },
                values: new object[] { 1L, "Beacon", "[\"Outstanding\",\"Good\",\"Requires improvement\",\"Inadequate\"]", "Beacon practice audit", "[\"Management oversight is recorded and purposeful\",\"The child\\u0027s plan is specific and progressed\",\"The child\\u0027s voice and lived experience are clear\",\"IRO challenge is evident where needed\",\"Assessments and visits are timely\"]" });

            migrationBuilder.CreateIndex(
                name: "ix_case_audits_sample_id",
                table: "case_audits",
                column: "sample_id");

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
                name: "ix_iro_dispute_steps_dispute_id_stage",
                table: "iro_dispute_steps",
                columns: new[] { "dispute_id", "stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_iro_disputes_child_id",
                table: "iro_disputes",
                column: "child_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_sample_cases");

            migrationBuilder.DropTable(
                name: "audit_samples");

            migrationBuilder.DropTable(
                name: "audit_tools");

            migrationBuilder.DropTable(
                name: "iro_dispute_steps");

            migrationBuilder.DropTable(
                name: "iro_disputes");

            migrationBuilder.DropIndex(
                name: "ix_case_audits_sample_id",
                table: "case_audits");

            migrationBuilder.DropColumn(
                name: "sample_id",
                table: "case_audits");

            migrationBuilder.DropColumn(
                name: "tool_id",
                table: "case_audits");
        }
    }
}
