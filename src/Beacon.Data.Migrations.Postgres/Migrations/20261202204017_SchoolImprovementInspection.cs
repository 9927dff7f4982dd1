using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Beacon.Data.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SchoolImprovementInspection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "weaknesses",
                table: "self_evaluation_aspects",
                type: "text",
                nullable: false,
                defaultValue: "");

            // Ofsted judges the arrangements as a whole, not each aspect: an aspect's old judgement is kept in its evidence.
            migrationBuilder.Sql(
                "UPDATE self_evaluation_aspects SET evidence = evidence || ' (judged ' || judgement || ' per aspect before the overarching judgement)' WHERE judgement <> ''");

            migrationBuilder.DropColumn(
                name: "judgement",
                table: "self_evaluation_aspects");

            migrationBuilder.AddColumn<string>(
                name: "strengths",
                table: "self_evaluation_aspects",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "inspection_actions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    aspect = table.Column<int>(type: "integer", nullable: false),
                    action = table.Column<string>(type: "text", nullable: false),
                    owner = table.Column<string>(type: "text", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_actions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inspection_documents",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    item = table.Column<int>(type: "integer", nullable: false),
                    state = table.Column<string>(type: "text", nullable: false),
                    note = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_documents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inspection_trigger_notes",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    trigger = table.Column<string>(type: "text", nullable: false),
                    noted_on = table.Column<DateOnly>(type: "date", nullable: false),
                    detail = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_trigger_notes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "school_improvement_judgements",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    source = table.Column<string>(type: "text", nullable: false),
                    judgement = table.Column<string>(type: "text", nullable: false),
                    judged_on = table.Column<DateOnly>(type: "date", nullable: false),
                    summary = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_school_improvement_judgements", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_inspection_documents_item",
                table: "inspection_documents",
                column: "item",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inspection_actions");

            migrationBuilder.DropTable(
                name: "inspection_documents");

            migrationBuilder.DropTable(
                name: "inspection_trigger_notes");

            migrationBuilder.DropTable(
                name: "school_improvement_judgements");

            migrationBuilder.DropColumn(
                name: "strengths",
                table: "self_evaluation_aspects");

            migrationBuilder.DropColumn(
                name: "weaknesses",
                table: "self_evaluation_aspects");

            migrationBuilder.AddColumn<string>(
                name: "judgement",
                table: "self_evaluation_aspects",
                type: "text",
                nullable: false,
                defaultValue: "");
        }
    }
}
