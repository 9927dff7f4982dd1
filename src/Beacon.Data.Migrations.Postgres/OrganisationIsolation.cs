using Microsoft.EntityFrameworkCore.Migrations;

namespace Beacon.Data.Migrations.Postgres;

/// <summary>
/// PostgreSQL's own lock under Beacon's (decision 036): a connection sees and writes only the rows of the
/// organisation it says it acts for (<c>beacon.organisation</c>, set on every connection Beacon opens), or every row
/// for <c>all</c>. FORCE makes it hold for the tables' owner too; only a superuser or a BYPASSRLS role passes it.
/// Every migration that adds an owned table turns it on for that table.
/// </summary>
internal static class OrganisationIsolation
{
    private const string Owns = "current_setting('beacon.organisation', true) IN ('all', organisation_id::text)";

    public static void Enable(MigrationBuilder migrationBuilder, params string[] tables)
    {
        foreach (var table in tables)
        {
            migrationBuilder.Sql($"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;");
            migrationBuilder.Sql($"ALTER TABLE {table} FORCE ROW LEVEL SECURITY;");
            migrationBuilder.Sql($"CREATE POLICY organisation_isolation ON {table} USING ({Owns}) WITH CHECK ({Owns});");
        }
    }

    public static void Disable(MigrationBuilder migrationBuilder, params string[] tables)
    {
        foreach (var table in tables)
        {
            migrationBuilder.Sql($"DROP POLICY IF EXISTS organisation_isolation ON {table};");
            migrationBuilder.Sql($"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY;");
            migrationBuilder.Sql($"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY;");
        }
    }
}
