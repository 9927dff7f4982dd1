using System.Net;
using System.Text.Json;
using Beacon.Data;
using Beacon.Data.SocialCare;
using Beacon.Domain.Access;
using Beacon.Domain.SocialCare;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.SocialCare;

/// <summary>Case-file audits and moderation through the running app.</summary>
public sealed class CaseAuditTests(BeaconServers servers) : IClassFixture<BeaconServers>
{
    private const string Path = "/social-care/audits";

    private static readonly string Manager = BeaconServer.UserFor(BeaconRole.SocialCareManager);

    [Theory]
    [BothDatabases]
    public async Task An_audit_is_moderated_by_someone_else_and_agreement_and_themes_follow(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var manager = await server.SignedInAsync(Manager);
        long theirs;
        await using (var db = server.Database.NewContext())
        {
            var audit = new CaseAudit
            {
                ChildId = "612306",
                Auditor = "another.auditor",
                AuditedOn = new DateOnly(2026, 11, 2),
                Grades = JsonSerializer.Serialize(AuditModeration.Questions.ToDictionary(q => q, _ => 2)),
            };
            db.CaseAudits.Add(audit);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            theirs = audit.Id;
        }

        var incomplete = await manager.PostFormAsync(
            Path,
            new Dictionary<string, string> { ["ChildId"] = "9212044", ["Grades[0]"] = "2" },
            Path
        );
        var own = await manager.PostFormAsync(Path, Grades(new() { ["ChildId"] = "9212044" }, 2, 2, 3, 2, 1), Path);
        var ownId = await LatestAuditAsync(server);
        var selfModeration = await manager.PostFormAsync(
            $"{Path}?handler=Moderate",
            Grades(new() { ["AuditId"] = ownId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, 2, 2, 3, 2, 1),
            Path
        );
        // The moderator keeps three of the five grades and marks oversight and the plan down.
        var moderated = await manager.PostFormAsync(
            $"{Path}?handler=Moderate",
            Grades(new() { ["AuditId"] = theirs.ToString(System.Globalization.CultureInfo.InvariantCulture) }, 3, 3, 2, 2, 2),
            Path
        );
        var page = await manager.GetStringAsync(Path);

        Assert.Contains(
            "Grade every question on the tool&#x27;s scale",
            await incomplete.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal
        );
        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect], [own.StatusCode, moderated.StatusCode]);
        Assert.Contains(
            "A moderator must be someone other than the auditor",
            await selfModeration.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal
        );
        Assert.Matches(
            "another.auditor</th><td class=\"govuk-table__cell govuk-table__cell--numeric\">3</td><td class=\"govuk-table__cell govuk-table__cell--numeric\">5</td><td class=\"govuk-table__cell govuk-table__cell--numeric\">60.0%</td>",
            page
        );
        await using var read = server.Database.NewContext();
        Assert.Equal(
            ["CaseAudit", "CaseAudit", "CaseAuditModeration"],
            await read
                .AuditEntries.Where(a => a.EntityType.StartsWith("CaseAudit"))
                .OrderBy(a => a.Id)
                .Select(a => a.EntityType)
                .ToListAsync(TestContext.Current.CancellationToken)
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await (await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Councillor))).GetAsync(Path)).StatusCode
        );
    }

    private static Dictionary<string, string> Grades(Dictionary<string, string> fields, params int[] grades)
    {
        for (var i = 0; i < grades.Length; i++)
        {
            fields[$"Grades[{i}]"] = grades[i].ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return fields;
    }

    private static async Task<long> LatestAuditAsync(BeaconServer server)
    {
        await using var db = server.Database.NewContext();
        return await db.CaseAudits.MaxAsync(a => a.Id, TestContext.Current.CancellationToken);
    }
}
