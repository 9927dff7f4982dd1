using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CoreDataset : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "core_dataset_collections",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    dataset_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    deadline_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    opened_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    opened_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 1)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_dataset_collections", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "core_dataset_submissions",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    collection_id = table.Column<int>(type: "INTEGER", nullable: false),
                    region_organisation_id = table.Column<int>(type: "INTEGER", nullable: false),
                    submitted_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    first_submitted_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    last_submitted_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    import_run_id = table.Column<long>(type: "INTEGER", nullable: false),
                    organisation_id = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 1)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_dataset_submissions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "core_dataset_figures",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    submission_id = table.Column<int>(type: "INTEGER", nullable: false),
                    indicator_code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    symbol = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    narrative = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    organisation_id = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 1)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_dataset_figures", x => x.id);
                    table.ForeignKey(
                        name: "FK_core_dataset_figures_core_dataset_submissions_submission_id",
                        column: x => x.submission_id,
                        principalTable: "core_dataset_submissions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_core_dataset_collections_dataset_code_year_quarter",
                table: "core_dataset_collections",
                columns: new[] { "organisation_id", "dataset_code", "year", "quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_core_dataset_figures_submission_id",
                table: "core_dataset_figures",
                column: "submission_id");

            migrationBuilder.CreateIndex(
                name: "ix_core_dataset_figures_submission_id_indicator_code",
                table: "core_dataset_figures",
                columns: new[] { "organisation_id", "submission_id", "indicator_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_core_dataset_submissions_collection_id",
                table: "core_dataset_submissions",
                columns: new[] { "organisation_id", "collection_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "core_dataset_collections");

            migrationBuilder.DropTable(
                name: "core_dataset_figures");

            migrationBuilder.DropTable(
                name: "core_dataset_submissions");
        }
    }
}
