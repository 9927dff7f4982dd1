using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Beacon.Data.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Issue6Benchmarking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "benchmark_indicators",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    dataset = table.Column<string>(type: "text", nullable: false),
                    filters = table.Column<string>(type: "text", nullable: false),
                    measure = table.Column<string>(type: "text", nullable: false),
                    unit = table.Column<string>(type: "text", nullable: false),
                    polarity = table.Column<string>(type: "text", nullable: false),
                    decimals = table.Column<int>(type: "integer", nullable: false),
                    denominator_dataset = table.Column<string>(type: "text", nullable: true),
                    denominator_filters = table.Column<string>(type: "text", nullable: true),
                    denominator_measure = table.Column<string>(type: "text", nullable: true),
                    per = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_benchmark_indicators", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "statistical_neighbours",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    model = table.Column<string>(type: "text", nullable: false),
                    from_year = table.Column<int>(type: "integer", nullable: false),
                    authority = table.Column<string>(type: "text", nullable: false),
                    rank = table.Column<int>(type: "integer", nullable: false),
                    neighbour = table.Column<string>(type: "text", nullable: false),
                    closeness = table.Column<string>(type: "text", nullable: true),
                    import_run_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_statistical_neighbours", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_benchmark_indicators_code",
                table: "benchmark_indicators",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_statistical_neighbours_model_authority_rank",
                table: "statistical_neighbours",
                columns: new[] { "model", "authority", "rank" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "benchmark_indicators");

            migrationBuilder.DropTable(
                name: "statistical_neighbours");
        }
    }
}
