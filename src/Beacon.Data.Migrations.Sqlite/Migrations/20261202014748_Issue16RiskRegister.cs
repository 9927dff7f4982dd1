using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Issue16RiskRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "directorate_risks",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    reference = table.Column<string>(type: "TEXT", nullable: false),
                    objective_reference = table.Column<string>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: false),
                    owner_initials = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    cause = table.Column<string>(type: "TEXT", nullable: false),
                    @event = table.Column<string>(name: "event", type: "TEXT", nullable: false),
                    effect = table.Column<string>(type: "TEXT", nullable: false),
                    controls = table.Column<string>(type: "TEXT", nullable: false),
                    inherent_likelihood = table.Column<int>(type: "INTEGER", nullable: false),
                    inherent_impact = table.Column<int>(type: "INTEGER", nullable: false),
                    residual_likelihood = table.Column<int>(type: "INTEGER", nullable: false),
                    residual_impact = table.Column<int>(type: "INTEGER", nullable: false),
                    target_likelihood = table.Column<int>(type: "INTEGER", nullable: false),
                    target_impact = table.Column<int>(type: "INTEGER", nullable: false),
                    review_on = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directorate_risks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "risk_reviews",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    risk_id = table.Column<int>(type: "INTEGER", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    likelihood = table.Column<int>(type: "INTEGER", nullable: false),
                    impact = table.Column<int>(type: "INTEGER", nullable: false),
                    commentary = table.Column<string>(type: "TEXT", nullable: false),
                    reviewer = table.Column<string>(type: "TEXT", nullable: false),
                    reviewed_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_risk_reviews", x => x.id);
                    table.ForeignKey(
                        name: "FK_risk_reviews_directorate_risks_risk_id",
                        column: x => x.risk_id,
                        principalTable: "directorate_risks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_directorate_risks_reference",
                table: "directorate_risks",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_risk_reviews_risk_id_year_quarter",
                table: "risk_reviews",
                columns: new[] { "risk_id", "year", "quarter" });

            // A risk's reviews are append-only: the database itself refuses to change or remove one.
            migrationBuilder.Sql(
                "CREATE TRIGGER risk_reviews_no_update BEFORE UPDATE ON risk_reviews "
                    + "BEGIN SELECT RAISE(ABORT, 'risk_reviews is append-only'); END;"
            );
            migrationBuilder.Sql(
                "CREATE TRIGGER risk_reviews_no_delete BEFORE DELETE ON risk_reviews "
                    + "BEGIN SELECT RAISE(ABORT, 'risk_reviews is append-only'); END;"
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "risk_reviews");

            migrationBuilder.DropTable(
                name: "directorate_risks");
        }
    }
}
