using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Issue4SchoolsRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "close_date",
                table: "schools",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "gender",
                table: "schools",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "la_code",
                table: "schools",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "la_name",
                table: "schools",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "laestab",
                table: "schools",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "link_officer",
                table: "schools",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "open_date",
                table: "schools",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "postcode",
                table: "schools",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "predecessor_urn",
                table: "schools",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "pupils",
                table: "schools",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "religious_character",
                table: "schools",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "schools",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "successor_urn",
                table: "schools",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "town",
                table: "schools",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "type",
                table: "schools",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "inspections",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    urn = table.Column<int>(type: "INTEGER", nullable: false),
                    start_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    publication_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    type = table.Column<string>(type: "TEXT", nullable: false),
                    scale = table.Column<string>(type: "TEXT", nullable: false),
                    overall_effectiveness = table.Column<int>(type: "INTEGER", nullable: true),
                    category_of_concern = table.Column<string>(type: "TEXT", nullable: true),
                    area_grades = table.Column<string>(type: "TEXT", nullable: true),
                    strengths = table.Column<string>(type: "TEXT", nullable: true),
                    areas_for_improvement = table.Column<string>(type: "TEXT", nullable: true),
                    import_run_id = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_schools_la_code",
                table: "schools",
                column: "la_code");

            migrationBuilder.CreateIndex(
                name: "ix_schools_predecessor_urn",
                table: "schools",
                column: "predecessor_urn");

            migrationBuilder.CreateIndex(
                name: "ix_inspections_urn_start_date_type",
                table: "inspections",
                columns: new[] { "urn", "start_date", "type" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inspections");

            migrationBuilder.DropIndex(
                name: "ix_schools_la_code",
                table: "schools");

            migrationBuilder.DropIndex(
                name: "ix_schools_predecessor_urn",
                table: "schools");

            migrationBuilder.DropColumn(
                name: "close_date",
                table: "schools");

            migrationBuilder.DropColumn(
                name: "gender",
                table: "schools");

            migrationBuilder.DropColumn(
                name: "la_code",
                table: "schools");

            migrationBuilder.DropColumn(
                name: "la_name",
                table: "schools");

            migrationBuilder.DropColumn(
                name: "laestab",
                table: "schools");

            migrationBuilder.DropColumn(
                name: "link_officer",
                table: "schools");

            migrationBuilder.DropColumn(
                name: "open_date",
                table: "schools");

            migrationBuilder.DropColumn(
                name: "postcode",
                table: "schools");

            migrationBuilder.DropColumn(
                name: "predecessor_urn",
                table: "schools");

            migrationBuilder.DropColumn(
                name: "pupils",
                table: "schools");

            migrationBuilder.DropColumn(
                name: "religious_character",
                table: "schools");

            migrationBuilder.DropColumn(
                name: "status",
                table: "schools");

            migrationBuilder.DropColumn(
                name: "successor_urn",
                table: "schools");

            migrationBuilder.DropColumn(
                name: "town",
                table: "schools");

            migrationBuilder.DropColumn(
                name: "type",
                table: "schools");
        }
    }
}
