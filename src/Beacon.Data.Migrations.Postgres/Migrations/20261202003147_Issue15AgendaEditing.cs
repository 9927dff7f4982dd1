using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Data.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Issue15AgendaEditing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "agenda_item_id",
                table: "work_programme_topics",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "published_at_utc",
                table: "agenda_items",
                type: "timestamp with time zone",
                nullable: true);

            // Items of agendas published before items were published one by one went out with their agenda.
            migrationBuilder.Sql(
                "UPDATE agenda_items SET published_at_utc = (SELECT m.published_at_utc FROM meetings m WHERE m.id = agenda_items.meeting_id);");

            migrationBuilder.CreateIndex(
                name: "ix_work_programme_topics_agenda_item_id",
                table: "work_programme_topics",
                column: "agenda_item_id");

            migrationBuilder.AddForeignKey(
                name: "FK_work_programme_topics_agenda_items_agenda_item_id",
                table: "work_programme_topics",
                column: "agenda_item_id",
                principalTable: "agenda_items",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_work_programme_topics_agenda_items_agenda_item_id",
                table: "work_programme_topics");

            migrationBuilder.DropIndex(
                name: "ix_work_programme_topics_agenda_item_id",
                table: "work_programme_topics");

            migrationBuilder.DropColumn(
                name: "agenda_item_id",
                table: "work_programme_topics");

            migrationBuilder.DropColumn(
                name: "published_at_utc",
                table: "agenda_items");
        }
    }
}
