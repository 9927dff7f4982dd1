using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beacon.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PeerChallenges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "peer_challenge_findings",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    peer_challenge_id = table.Column<int>(type: "INTEGER", nullable: false),
                    authority_organisation_id = table.Column<int>(type: "INTEGER", nullable: false),
                    strengths = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    areas_to_consider = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    recommendations = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    written_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    written_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 1)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_peer_challenge_findings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "peer_challenges",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    scope = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    lines_of_enquiry = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    requested_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    requested_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    starts_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ends_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    evidence = table.Column<string>(type: "TEXT", nullable: true),
                    evidence_shared_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    response = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    action_plan = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    responded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    follow_up = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    followed_up_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    organisation_id = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 1)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_peer_challenges", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "peer_challenge_members",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    peer_challenge_id = table.Column<int>(type: "INTEGER", nullable: false),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    peer_organisation_id = table.Column<int>(type: "INTEGER", nullable: false),
                    is_lead = table.Column<bool>(type: "INTEGER", nullable: false),
                    organisation_id = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 1)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_peer_challenge_members", x => x.id);
                    table.ForeignKey(
                        name: "FK_peer_challenge_members_peer_challenges_peer_challenge_id",
                        column: x => x.peer_challenge_id,
                        principalTable: "peer_challenges",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_peer_challenge_findings_authority_organisation_id_peer_challenge_id",
                table: "peer_challenge_findings",
                columns: new[] { "authority_organisation_id", "peer_challenge_id" });

            migrationBuilder.CreateIndex(
                name: "ix_peer_challenge_members_peer_challenge_id",
                table: "peer_challenge_members",
                column: "peer_challenge_id");

            migrationBuilder.CreateIndex(
                name: "ix_peer_challenge_members_peer_challenge_id_user_name",
                table: "peer_challenge_members",
                columns: new[] { "organisation_id", "peer_challenge_id", "user_name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_peer_challenge_members_user_name",
                table: "peer_challenge_members",
                column: "user_name");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "peer_challenge_findings");

            migrationBuilder.DropTable(
                name: "peer_challenge_members");

            migrationBuilder.DropTable(
                name: "peer_challenges");
        }
    }
}
