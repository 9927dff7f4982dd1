using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Issue7AnnexA : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "annex_a_issues",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    list = table.Column<int>(type: "INTEGER", nullable: false),
                    row = table.Column<long>(type: "INTEGER", nullable: false),
                    column = table.Column<string>(type: "TEXT", nullable: true),
                    value = table.Column<string>(type: "TEXT", nullable: true),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    detail = table.Column<string>(type: "TEXT", nullable: false),
                    import_run_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_annex_a_issues", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "annex_a_records",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    list = table.Column<int>(type: "INTEGER", nullable: false),
                    row = table.Column<long>(type: "INTEGER", nullable: false),
                    child_id = table.Column<string>(type: "TEXT", nullable: false),
                    values = table.Column<string>(type: "TEXT", nullable: false),
                    import_run_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_annex_a_records", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_annex_a_records_list_child_id",
                table: "annex_a_records",
                columns: new[] { "list", "child_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "annex_a_issues");

            migrationBuilder.DropTable(
                name: "annex_a_records");
        }
    }
}
