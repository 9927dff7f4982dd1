using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AgendaEditingAndSavingsProgrammes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "agenda_item_id",
                table: "work_programme_topics",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "published_at_utc",
                table: "agenda_items",
                type: "TEXT",
                nullable: true);

            // Items of agendas published before items were published one by one went out with their agenda.
            migrationBuilder.Sql(
                "UPDATE agenda_items SET published_at_utc = (SELECT m.published_at_utc FROM meetings m WHERE m.id = agenda_items.meeting_id);");

            migrationBuilder.CreateTable(
                name: "saving_ratings",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    meaning = table.Column<string>(type: "TEXT", nullable: false),
                    counts_as_proposed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_saving_ratings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "savings_programmes",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    budget_year = table.Column<string>(type: "TEXT", nullable: false),
                    target_saving = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    reserves_carried_forward = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    committee_id = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_savings_programmes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "savings_cost_centres",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    programme_id = table.Column<int>(type: "INTEGER", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    heading = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    employees = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    other = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    recharges = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    reserves = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    income = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    import_run_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_savings_cost_centres", x => x.id);
                    table.ForeignKey(
                        name: "FK_savings_cost_centres_savings_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "savings_programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "saving_options",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    cost_centre_id = table.Column<int>(type: "INTEGER", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: false),
                    net_saving = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    rating = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    staffing = table.Column<string>(type: "TEXT", nullable: true),
                    risks = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_saving_options", x => x.id);
                    table.ForeignKey(
                        name: "FK_saving_options_savings_cost_centres_cost_centre_id",
                        column: x => x.cost_centre_id,
                        principalTable: "savings_cost_centres",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_saving_options_cost_centre_id_number",
                table: "saving_options",
                columns: new[] { "cost_centre_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_saving_ratings_code",
                table: "saving_ratings",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_savings_cost_centres_programme_id_heading",
                table: "savings_cost_centres",
                columns: new[] { "programme_id", "heading" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_savings_programmes_code",
                table: "savings_programmes",
                column: "code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "saving_options");

            migrationBuilder.DropTable(
                name: "saving_ratings");

            migrationBuilder.DropTable(
                name: "savings_cost_centres");

            migrationBuilder.DropTable(
                name: "savings_programmes");

            migrationBuilder.DropColumn(
                name: "agenda_item_id",
                table: "work_programme_topics");

            migrationBuilder.DropColumn(
                name: "published_at_utc",
                table: "agenda_items");
        }
    }
}
