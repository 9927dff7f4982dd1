using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Beacon.Data.Migrations.Postgres.Migrations
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
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    timescale_id = table.Column<int>(type: "integer", nullable: false),
                    reviewed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    reviewed_by = table.Column<string>(type: "text", nullable: false),
                    note = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_flexible_timescale_reviews", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "flexible_timescales",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    child_id = table.Column<string>(type: "text", nullable: false),
                    working_days = table.Column<int>(type: "integer", nullable: false),
                    decided_by = table.Column<string>(type: "text", nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: false)
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
