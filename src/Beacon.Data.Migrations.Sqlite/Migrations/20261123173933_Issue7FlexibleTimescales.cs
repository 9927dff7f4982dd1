using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Issue7FlexibleTimescales : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "flexible_timescale_reviews",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    timescale_id = table.Column<int>(type: "INTEGER", nullable: false),
                    reviewed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    reviewed_by = table.Column<string>(type: "TEXT", nullable: false),
                    note = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_flexible_timescale_reviews", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "flexible_timescales",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    child_id = table.Column<string>(type: "TEXT", nullable: false),
                    working_days = table.Column<int>(type: "INTEGER", nullable: false),
                    decided_by = table.Column<string>(type: "TEXT", nullable: false),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_flexible_timescales", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_flexible_timescale_reviews_timescale_id",
                table: "flexible_timescale_reviews",
                column: "timescale_id");

            migrationBuilder.CreateIndex(
                name: "ix_flexible_timescales_child_id",
                table: "flexible_timescales",
                column: "child_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "flexible_timescale_reviews");

            migrationBuilder.DropTable(
                name: "flexible_timescales");
        }
    }
}
