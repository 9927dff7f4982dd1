using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Data.Migrations.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "commissioner_referrals",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    urn = table.Column<int>(type: "INTEGER", nullable: false),
                    referred_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    grounds = table.Column<string>(type: "TEXT", nullable: false)
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
