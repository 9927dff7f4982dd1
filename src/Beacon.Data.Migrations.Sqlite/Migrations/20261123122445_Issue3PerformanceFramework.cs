using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Issue3PerformanceFramework : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "business_areas",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    sort_order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_business_areas", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "commentaries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    subject_type = table.Column<string>(type: "TEXT", nullable: false),
                    subject_id = table.Column<int>(type: "INTEGER", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    initials = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_commentaries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "indicator_targets",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    indicator_id = table.Column<int>(type: "INTEGER", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    annual_target = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    q1_target = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    q2_target = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    q3_target = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    q4_target = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_targets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "indicator_values",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    indicator_id = table.Column<int>(type: "INTEGER", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    symbol = table.Column<string>(type: "TEXT", nullable: true),
                    numerator = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    denominator = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_values", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "indicators",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    reference = table.Column<string>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: false),
                    business_area_id = table.Column<int>(type: "INTEGER", nullable: false),
                    objective_reference = table.Column<string>(type: "TEXT", nullable: true),
                    lead_officer_initials = table.Column<string>(type: "TEXT", nullable: false),
                    unit = table.Column<string>(type: "TEXT", nullable: false),
                    polarity = table.Column<string>(type: "TEXT", nullable: false),
                    accumulation = table.Column<string>(type: "TEXT", nullable: false),
                    data_source = table.Column<string>(type: "TEXT", nullable: true),
                    is_statutory = table.Column<bool>(type: "INTEGER", nullable: false),
                    same_within = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicators", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "lead_officers",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    initials = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lead_officers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "milestones",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    business_area_id = table.Column<int>(type: "INTEGER", nullable: false),
                    objective_reference = table.Column<string>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    lead_officer_initials = table.Column<string>(type: "TEXT", nullable: false),
                    due_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    completed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    sort_order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_milestones", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "progress_judgements",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    subject_type = table.Column<string>(type: "TEXT", nullable: false),
                    subject_id = table.Column<int>(type: "INTEGER", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    proposed_rating = table.Column<string>(type: "TEXT", nullable: true),
                    rating = table.Column<string>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", nullable: true),
                    decided_by = table.Column<string>(type: "TEXT", nullable: false),
                    decided_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_progress_judgements", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_commentaries_subject_type_subject_id_year_quarter",
                table: "commentaries",
                columns: new[] { "subject_type", "subject_id", "year", "quarter" });

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
                name: "ix_lead_officers_initials",
                table: "lead_officers",
                column: "initials",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_progress_judgements_subject_type_subject_id_year_quarter",
                table: "progress_judgements",
                columns: new[] { "subject_type", "subject_id", "year", "quarter" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "business_areas");

            migrationBuilder.DropTable(
                name: "commentaries");

            migrationBuilder.DropTable(
                name: "indicator_targets");

            migrationBuilder.DropTable(
                name: "indicator_values");

            migrationBuilder.DropTable(
                name: "indicators");

            migrationBuilder.DropTable(
                name: "lead_officers");

            migrationBuilder.DropTable(
                name: "milestones");

            migrationBuilder.DropTable(
                name: "progress_judgements");
        }
    }
}
