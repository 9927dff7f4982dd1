using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Data.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FlexibleConferenceDates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "working_days",
                table: "flexible_timescales",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AddColumn<DateOnly>(
                name: "conference_on",
                table: "flexible_timescales",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "decision",
                table: "flexible_timescales",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "AssessmentTimescale");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "conference_on",
                table: "flexible_timescales");

            migrationBuilder.DropColumn(
                name: "decision",
                table: "flexible_timescales");

            migrationBuilder.AlterColumn<int>(
                name: "working_days",
                table: "flexible_timescales",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);
        }
    }
}
