using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReviewScopeAndSchoolAddresses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "locality",
                table: "schools",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "street",
                table: "schools",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "school_review_schools",
                columns: table => new
                {
                    review_id = table.Column<int>(type: "INTEGER", nullable: false),
                    urn = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_school_review_schools", x => new { x.review_id, x.urn });
                    table.ForeignKey(
                        name: "FK_school_review_schools_school_reviews_review_id",
                        column: x => x.review_id,
                        principalTable: "school_reviews",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "school_review_schools");

            migrationBuilder.DropColumn(
                name: "locality",
                table: "schools");

            migrationBuilder.DropColumn(
                name: "street",
                table: "schools");
        }
    }
}
