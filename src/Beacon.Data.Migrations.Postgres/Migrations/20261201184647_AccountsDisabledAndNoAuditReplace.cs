using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Data.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AccountsDisabledAndNoAuditReplace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "is_disabled",
                table: "users",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "is_disabled",
                table: "users");
        }
    }
}
