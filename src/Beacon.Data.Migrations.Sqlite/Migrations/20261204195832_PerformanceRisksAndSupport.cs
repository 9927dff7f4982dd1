using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PerformanceRisksAndSupport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "intervention_records",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    from_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 1)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intervention_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "performance_risks",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    indicator_code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    raised_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    raised_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    shared_with_region_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    organisation_id = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 1)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_performance_risks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "support_packages",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    performance_risk_id = table.Column<int>(type: "INTEGER", nullable: false),
                    authority_organisation_id = table.Column<int>(type: "INTEGER", nullable: false),
                    provider = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    scope = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    cost = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    brokered_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    brokered_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 1)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_packages", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_support_packages_authority_organisation_id_performance_risk_id",
                table: "support_packages",
                columns: new[] { "authority_organisation_id", "performance_risk_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "intervention_records");

            migrationBuilder.DropTable(
                name: "performance_risks");

            migrationBuilder.DropTable(
                name: "support_packages");
        }
    }
}
