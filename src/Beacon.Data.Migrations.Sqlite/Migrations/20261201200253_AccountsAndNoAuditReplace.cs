using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AccountsAndNoAuditReplace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "is_disabled",
                table: "users",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "password_set_at_utc",
                table: "users",
                type: "TEXT",
                nullable: true);

            // INSERT OR REPLACE deletes the old row without firing the DELETE trigger, so an insert over an
            // existing id is refused here. A new entry's id is not yet known (-1) and never matches.
            migrationBuilder.Sql(
                "CREATE TRIGGER audit_entries_no_replace BEFORE INSERT ON audit_entries "
                    + "WHEN EXISTS (SELECT 1 FROM audit_entries WHERE id = NEW.id) "
                    + "BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END;"
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER audit_entries_no_replace;");

            migrationBuilder.DropColumn(
                name: "is_disabled",
                table: "users");

            migrationBuilder.DropColumn(
                name: "password_set_at_utc",
                table: "users");
        }
    }
}
