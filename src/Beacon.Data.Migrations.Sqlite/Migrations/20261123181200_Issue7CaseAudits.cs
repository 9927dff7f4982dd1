using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Issue7CaseAudits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "case_audit_moderations",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    audit_id = table.Column<long>(type: "INTEGER", nullable: false),
                    moderator = table.Column<string>(type: "TEXT", nullable: false),
                    moderated_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    grades = table.Column<string>(type: "TEXT", nullable: false),
                    notes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_audit_moderations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "case_audits",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    child_id = table.Column<string>(type: "TEXT", nullable: false),
                    auditor = table.Column<string>(type: "TEXT", nullable: false),
                    audited_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    grades = table.Column<string>(type: "TEXT", nullable: false),
                    notes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_audits", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_case_audit_moderations_audit_id",
                table: "case_audit_moderations",
                column: "audit_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_audit_moderations");

            migrationBuilder.DropTable(
                name: "case_audits");
        }
    }
}
