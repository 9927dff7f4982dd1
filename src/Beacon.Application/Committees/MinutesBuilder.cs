using System.Globalization;
using Beacon.Data;
using Beacon.Reports.Committees;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Committees;

/// <summary>A meeting's minutes, public or exempt part, from its published items' minute numbers, resolutions and actions.</summary>
public static class MinutesBuilder
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static async Task<Minutes?> BuildAsync(
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
            .Include(m => m.Committee)
            .Include(m => m.Items)
                .ThenInclude(i => i.Resolutions)
                    .ThenInclude(r => r.Actions)
            .AsSplitQuery()
            .SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting is null)
        {
            return null;
        }

        var items = meeting
            .Items.Where(i => i.IsPublished && i.MinuteNumber is not null && (part == PackPart.Public || i.IsExempt))
            .OrderBy(i => i.MinuteNumber)
            .Select(i => new Minute(
                i.MinuteNumber!.Value,
                i.Title,
                i.MinuteText,
                [
                    .. i
                        .Resolutions.OrderBy(r => r.Number)
                        .Select(r => new MinuteResolution(
                            r.Number,
                            r.Text,
                            [
                                .. r.Actions.Select(a =>
                                    $"{a.Description} ({a.Owner}, by {a.DueOn.ToString("d MMMM yyyy", English)}{(a.DoneOn is null ? "" : "; done")})"
                                ),
                            ]
                        )),
                ],
                i.ExemptParagraph
            ))
            .ToList();
        return new Minutes(
            authority,
            meeting.Committee!.Name,
            meeting.StartsAt,
            meeting.Venue,
            meeting.Present,
            meeting.Apologies,
            meeting.Declarations,
            items,
            meeting.MinutesApprovedAtUtc,
            part
        );
    }
}
