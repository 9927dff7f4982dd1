using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Beacon.Data.Migrations.Postgres.Migrations
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
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    authority = table.Column<string>(type: "text", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    publication_date = table.Column<DateOnly>(type: "date", nullable: true),
                    type = table.Column<string>(type: "text", nullable: false),
                    overall_effectiveness = table.Column<string>(type: "text", nullable: true),
                    area_judgements = table.Column<string>(type: "text", nullable: true),
                    visit_theme = table.Column<string>(type: "text", nullable: true),
                    import_run_id = table.Column<long>(type: "bigint", nullable: false)
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
