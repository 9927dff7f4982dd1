using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Beacon.Data.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SupportRhythmAndCommissionerReferrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "is_keeping_in_touch",
                table: "support_meetings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "commissioner_referrals",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    urn = table.Column<int>(type: "integer", nullable: false),
                    referred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    grounds = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_commissioner_referrals", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_commissioner_referrals_urn",
                table: "commissioner_referrals",
                column: "urn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "commissioner_referrals");

            migrationBuilder.DropColumn(
                name: "is_keeping_in_touch",
                table: "support_meetings");
        }
    }
}
