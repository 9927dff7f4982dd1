using System.Globalization;
using Beacon.Data;
using Beacon.Data.Committees;
using Beacon.Domain.Committees;
using Beacon.Reports.Committees;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Committees;

/// <summary>A meeting's agenda pack, public or exempt part, from its items and the papers frozen when it was published.</summary>
public static class AgendaPacks
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static async Task<AgendaPack?> BuildAsync(
        BeaconDbContext db,
        int meetingId,
        PackPart part,
        string authority,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var meeting = await db
            .Meetings.AsNoTracking()
            .Include(m => m.Committee!)
                .ThenInclude(c => c.Members)
            .Include(m => m.Items)
                .ThenInclude(i => i.Sections)
            .AsSplitQuery()
            .SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting is null)
        {
            return null;
        }

        // A supplement still being written is not in the pack until it is published.
        meeting.Items.RemoveAll(i => !i.IsPublished);
        var itemIds = meeting.Items.Select(i => i.Id).ToList();
        var frozen = await db
            .FrozenPapers.AsNoTracking()
            .Where(p => itemIds.Contains(p.AgendaItemId))
            .ToDictionaryAsync(p => p.AgendaItemId, cancellationToken);
        var next = await db
            .Meetings.AsNoTracking()
            .Where(m => m.CommitteeId == meeting.CommitteeId && m.StartsAt > meeting.StartsAt)
            .OrderBy(m => m.StartsAt)
            .FirstOrDefaultAsync(cancellationToken);
        var template = await PaperSections.TemplateAsync(db, cancellationToken);
        var sections = Enum.GetValues<AgendaSection>()
            .Where(s => part == PackPart.Public || s == AgendaSection.ExemptItems)
            .Select(section => new PackSection(
                section,
                meeting
                    .Items.Where(i => i.Section == section)
                    .OrderBy(i => i.Position)
                    .Select(i => Item(i, frozen.GetValueOrDefault(i.Id), part, template))
                    .ToList()
            ))
            .ToList();
        if (part == PackPart.Exempt)
        {
            // The exempt parts of public items (the termly report's appendix) follow the exempt items.
            var exemptParts = meeting
                .Items.Where(i => !i.IsExempt && frozen.GetValueOrDefault(i.Id)?.ExemptDocx is not null)
                .OrderBy(i => i.Section)
                .ThenBy(i => i.Position)
                .Select(i => ExemptPart(i, frozen[i.Id]))
                .ToList();
            sections = [new PackSection(AgendaSection.ExemptItems, [.. sections.Single().Items, .. exemptParts])];
        }

        return new AgendaPack(
            authority,
            meeting.Committee!.Name,
            meeting.StartsAt,
            meeting.Venue,
            Membership(meeting.Committee),
            sections,
            next is null ? null : $"{MeetingTimes.DayAndTime(next.StartsAt)} in the {next.Venue}",
            part
        );
    }

    // The public pack lists an exempt item only by its number and paragraph; its title and paper stay in the exempt pack.
    private static PackItem Item(AgendaItem item, FrozenPaper? frozen, PackPart part, IReadOnlyList<ReportTemplateSection> template)
    {
        if (part == PackPart.Public && item.IsExempt)
        {
            return new PackItem(item.Number, "Exempt item", null, null, item.IsSupplement, item.ExemptParagraph);
        }

        return new PackItem(item.Number, item.Title, item.ReportOf, Paper(item, frozen, template), item.IsSupplement, item.ExemptParagraph);
    }

    private static PackItem ExemptPart(AgendaItem item, FrozenPaper frozen) =>
        new(
            item.Number,
            $"{item.Title}: exempt appendix",
            item.ReportOf,
            new PackPaper(
                item.DecisionType.Describe(item.ForwardPlanReference),
                [],
                ["See the public report at the same item number."],
                null,
                null,
                Lines(item.ContactOfficer),
                frozen.ExemptDocx,
                Provenance(frozen)
            ),
            item.IsSupplement,
            item.ExemptPartParagraph ?? 1
        );

    private static PackPaper? Paper(AgendaItem item, FrozenPaper? frozen, IReadOnlyList<ReportTemplateSection> template)
    {
        if (!item.Section.HasPaper())
        {
            return null;
        }

        return new PackPaper(
            item.DecisionType.Describe(item.ForwardPlanReference),
            PaperSections.Compose(template, item.Sections),
            Lines(item.Recommendations),
            item.ReasonsForRecommendations,
            item.BackgroundPapers,
            Lines(item.ContactOfficer),
            frozen?.PublicDocx,
            frozen is null ? null : Provenance(frozen)
        );
    }

    private static string Provenance(FrozenPaper frozen) =>
        $"Frozen from Beacon's live figures on {frozen.FrozenAtUtc.ToString("d MMMM yyyy 'at' HH:mm", English)} UTC, at data version {frozen.DataVersion}, from import runs {(frozen.ImportRuns.Length == 0 ? "none" : frozen.ImportRuns)}.";

    private static List<string> Membership(Committee committee)
    {
        var lines = new List<string>();
        var councillors = committee
            .Members.Where(m => m.Role is MemberRole.Chair or MemberRole.ViceChair or MemberRole.Councillor)
            .Select(m => m.Name)
            .ToList();
        if (councillors.Count > 0)
        {
            lines.Add($"Councillors {string.Join(", ", councillors)}");
        }

        var coOpted = committee.Members.Where(m => m.Role == MemberRole.CoOpted).Select(m => m.Name).ToList();
        if (coOpted.Count > 0)
        {
            lines.Add($"Co-opted Members: {string.Join(" and ", coOpted)}");
        }

        var young = committee.Members.Count(m => m.Role == MemberRole.YoungPeoplesRepresentative);
        if (young > 0)
        {
            lines.Add($"{young} Young People's Representatives");
        }

        return lines;
    }

    private static List<string> Lines(string? text) =>
        (text ?? "").ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
