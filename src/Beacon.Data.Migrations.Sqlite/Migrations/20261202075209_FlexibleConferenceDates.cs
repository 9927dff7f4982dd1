using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Data.Migrations.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<DateOnly>(
                name: "conference_on",
                table: "flexible_timescales",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "decision",
                table: "flexible_timescales",
                type: "TEXT",
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
