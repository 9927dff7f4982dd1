using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LaitDataSet : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "lait_dictionary",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    key = table.Column<string>(type: "TEXT", nullable: false),
                    topic = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    measure_code = table.Column<string>(type: "TEXT", nullable: true),
                    chart_title = table.Column<string>(type: "TEXT", nullable: true),
                    axis_name = table.Column<string>(type: "TEXT", nullable: true),
                    polarity = table.Column<string>(type: "TEXT", nullable: true),
                    state_funded = table.Column<string>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", nullable: true),
                    description = table.Column<string>(type: "TEXT", nullable: true),
                    last_update = table.Column<string>(type: "TEXT", nullable: true),
                    next_update = table.Column<string>(type: "TEXT", nullable: true),
                    owner = table.Column<string>(type: "TEXT", nullable: true),
                    methodology = table.Column<string>(type: "TEXT", nullable: true),
                    links = table.Column<string>(type: "TEXT", nullable: true),
                    decimals = table.Column<int>(type: "INTEGER", nullable: true),
                    year_type = table.Column<string>(type: "TEXT", nullable: false),
                    no_quartile = table.Column<string>(type: "TEXT", nullable: true),
                    import_run_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lait_dictionary", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "lait_geographies",
                columns: table => new
                {
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    region = table.Column<int>(type: "INTEGER", nullable: true),
                    import_run_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lait_geographies", x => x.number);
                });

            migrationBuilder.CreateIndex(
                name: "ix_lait_dictionary_key_topic",
                table: "lait_dictionary",
                columns: new[] { "key", "topic" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "lait_dictionary");

            migrationBuilder.DropTable(
                name: "lait_geographies");
        }
    }
}
