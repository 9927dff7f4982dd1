using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Beacon.Data.Migrations.Postgres.Migrations
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
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    reference = table.Column<string>(type: "text", nullable: false),
                    objective_reference = table.Column<string>(type: "text", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    owner_initials = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    cause = table.Column<string>(type: "text", nullable: false),
                    @event = table.Column<string>(name: "event", type: "text", nullable: false),
                    effect = table.Column<string>(type: "text", nullable: false),
                    controls = table.Column<string>(type: "text", nullable: false),
                    inherent_likelihood = table.Column<int>(type: "integer", nullable: false),
                    inherent_impact = table.Column<int>(type: "integer", nullable: false),
                    residual_likelihood = table.Column<int>(type: "integer", nullable: false),
                    residual_impact = table.Column<int>(type: "integer", nullable: false),
                    target_likelihood = table.Column<int>(type: "integer", nullable: false),
                    target_impact = table.Column<int>(type: "integer", nullable: false),
                    review_on = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directorate_risks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "risk_reviews",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    risk_id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    quarter = table.Column<int>(type: "integer", nullable: false),
                    likelihood = table.Column<int>(type: "integer", nullable: false),
                    impact = table.Column<int>(type: "integer", nullable: false),
                    commentary = table.Column<string>(type: "text", nullable: false),
                    reviewer = table.Column<string>(type: "text", nullable: false),
                    reviewed_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                """
                CREATE FUNCTION risk_reviews_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'risk_reviews is append-only';
                END;
                $$;
                CREATE TRIGGER risk_reviews_no_update_or_delete BEFORE UPDATE OR DELETE ON risk_reviews
                    FOR EACH ROW EXECUTE FUNCTION risk_reviews_append_only();
                CREATE TRIGGER risk_reviews_no_truncate BEFORE TRUNCATE ON risk_reviews
                    FOR EACH STATEMENT EXECUTE FUNCTION risk_reviews_append_only();
                """
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "risk_reviews");

            migrationBuilder.DropTable(
                name: "directorate_risks");

            migrationBuilder.Sql("DROP FUNCTION IF EXISTS risk_reviews_append_only();");
        }
    }
}
