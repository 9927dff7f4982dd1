using Beacon.Data;
using Beacon.Data.Protocol;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Demo;

/// <summary>
/// The demo authority's School Review Meetings: summer 2013's, closed, with its decisions (two departing from
/// Beacon's proposal, with their reasons), and autumn 2013's, open and waiting for the meeting; an Officer Group
/// for the school causing concern, with its first meeting.
/// </summary>
public static class ProtocolDemo
{
    public static readonly DateOnly SummerMeeting = new(2013, 6, 20);

    public static async Task SeedAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        if (await db.SchoolReviews.AnyAsync(cancellationToken))
        {
            return;
        }

        var summer = new SchoolReview
        {
            Term = "Summer 2012/13",
            MeetingDate = SummerMeeting,
            ProtocolVersion = 1,
        };
        var autumn = new SchoolReview
        {
            Term = "Autumn 2013/14",
            MeetingDate = new DateOnly(2013, 10, 15),
            ProtocolVersion = 1,
        };
        db.SchoolReviews.AddRange(summer, autumn);
        await db.SaveChangesAsync(cancellationToken);
        // Each review is of the demo authority's four open schools, fixed when it opened.
        int[] scope = [DemoSeeder.OwnSchoolUrn, 990002, 990003, 990004];
        db.SchoolReviewSchools.AddRange(
            new[] { summer, autumn }.SelectMany(r => scope.Select(urn => new SchoolReviewSchool { ReviewId = r.Id, Urn = urn }))
        );
        await db.SaveChangesAsync(cancellationToken);
        var decided = new DateTime(2013, 6, 20, 15, 0, 0, DateTimeKind.Utc);
        db.RatingDecisions.AddRange(
            Decision(
                summer.Id,
                DemoSeeder.OwnSchoolUrn,
                "GREEN",
                "AMBER/GREEN",
                "G1 School judged good or better at its last inspection",
                "Key Stage 2 writing fell well below England's this summer and the headteacher retires at Christmas.",
                decided,
                "Writing at Key Stage 2, especially for boys, and leadership through the change of headteacher.",
                "Termly SIP visits with a writing review in the autumn term, and support for the governors' headteacher appointment."
            ),
            Decision(
                summer.Id,
                990002,
                "AMBER",
                "AMBER",
                "A1 School judged satisfactory or requires improvement at its last inspection",
                null,
                decided,
                "The quality of teaching in Key Stage 2 and the progress of disadvantaged pupils in writing.",
                "A Focus Group chaired by the Senior School Improvement Officer, meeting half-termly, with a remit of getting to good."
            ),
            Decision(
                summer.Id,
                990003,
                "AMBER",
                "RED/AMBER",
                "A1 School judged satisfactory or requires improvement at its last inspection",
                "GCSE results fell sharply and the headteacher has left; the academy may be placed in a category if inspected.",
                decided,
                "Attainment in English and mathematics, leadership capacity after the headteacher's departure.",
                "An Officer Group chaired by the Assistant Director, half-termly, with fortnightly keeping-in-touch meetings."
            ),
            Decision(summer.Id, 990004, "GREEN", "GREEN", "G1 School judged good or better at its last inspection", null, decided)
        );
        var officerGroup = new SupportGroup
        {
            Urn = 990003,
            Kind = Domain.Protocol.SupportGroupKind.OfficerGroup,
            Chair = "Assistant Director, Performance and Achievement",
            Members = "Senior School Improvement Officer; HR adviser; Chair of the Academy Trust",
            MeetEveryDays = 42,
            Remit = "Getting to good: English and mathematics at GCSE, and leadership capacity",
            StartedOn = new DateOnly(2013, 4, 15),
        };
        db.SupportGroups.Add(officerGroup);
        await db.SaveChangesAsync(cancellationToken);
        db.SupportMeetings.Add(
            new SupportMeeting
            {
                GroupId = officerGroup.Id,
                HeldOn = new DateOnly(2013, 6, 3),
                Progress = "Mock GCSE results in mathematics up; an interim headteacher appointed from the Trust.",
            }
        );
        summer.ClosedAtUtc = decided.AddHours(1);
        summer.ClosedBy = "demo-seeder";
        await db.SaveChangesAsync(cancellationToken);
    }

    private static RatingDecision Decision(
        int reviewId,
        int urn,
        string proposed,
        string rating,
        string reasons,
        string? reason,
        DateTime decided,
        string? concerns = null,
        string? supportPlan = null
    ) =>
        new()
        {
            ReviewId = reviewId,
            Urn = urn,
            ProposedRating = proposed,
            ProposalReasons = reasons,
            Rating = rating,
            Reason = reason,
            Concerns = concerns,
            SupportPlan = supportPlan,
            DecidedBy = "demo-seeder",
            DecidedAtUtc = decided,
        };
}
