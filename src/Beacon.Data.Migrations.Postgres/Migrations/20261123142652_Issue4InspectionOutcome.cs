using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Data.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Issue4InspectionOutcome : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "inspection_number",
                table: "inspections",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "outcome",
                table: "inspections",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "inspection_number",
                table: "inspections");

            migrationBuilder.DropColumn(
                name: "outcome",
                table: "inspections");
        }
    }
}
