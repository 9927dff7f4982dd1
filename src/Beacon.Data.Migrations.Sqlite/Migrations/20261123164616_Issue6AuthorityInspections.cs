using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Issue6AuthorityInspections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "authority_inspections",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    authority = table.Column<string>(type: "TEXT", nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    publication_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    type = table.Column<string>(type: "TEXT", nullable: false),
                    overall_effectiveness = table.Column<string>(type: "TEXT", nullable: true),
                    area_judgements = table.Column<string>(type: "TEXT", nullable: true),
                    visit_theme = table.Column<string>(type: "TEXT", nullable: true),
                    import_run_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_authority_inspections", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_authority_inspections_authority_date",
                table: "authority_inspections",
                columns: new[] { "authority", "date" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "authority_inspections");
        }
    }
}
