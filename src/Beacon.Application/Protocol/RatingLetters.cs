using Beacon.Data;
using Beacon.Domain.Protocol;
using Beacon.Reports.Protocol;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Protocol;

/// <summary>
/// Fills the authority's letter template for a school from its confirmed rating: a decision of a closed review, never
/// a proposal or an undecided school. Dated the day it is produced, addressed to the headteacher at the school's
/// address, signed by the authority's named signatory.
/// </summary>
public static class RatingLetters
{
    public static async Task<string> TemplateAsync(BeaconDbContext db, CancellationToken cancellationToken) =>
        await db.LetterTemplates.AsNoTracking().OrderByDescending(t => t.Id).Select(t => t.Body).FirstOrDefaultAsync(cancellationToken)
        ?? RatingLetter.DefaultTemplate;

    /// <summary>The letter for a Red or Amber school's confirmed rating; none for a Green school or one not yet rated.</summary>
    public static async Task<SchoolLetter?> ForSchoolAsync(
        BeaconDbContext db,
        int urn,
        BeaconSiteOptions site,
        DateOnly today,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(db);
        if (await SchoolReviews.ConfirmedAsync(db, urn, cancellationToken) is not var (review, decision))
        {
            return null;
        }

        if (!SchoolRatings.TryParse(decision.Rating, out var rating) || rating < SchoolRating.AmberGreen)
        {
            return null;
        }

        var school = await db.Schools.AsNoTracking().SingleAsync(s => s.Urn == urn, cancellationToken);
        var fields = new LetterFields(
            site.AuthorityName,
            school.Name,
            urn,
            review.Term,
            review.MeetingDate,
            decision.Rating,
            decision.Concerns ?? decision.ProposalReasons,
            decision.SupportPlan ?? "to be agreed with the school",
            string.Join("\n", new[] { site.SignatoryName, site.SignatoryRole }.Where(l => !string.IsNullOrWhiteSpace(l)))
        );
        string?[] address = ["The Headteacher", school.Name, school.Street, school.Locality, school.Town, school.Postcode];
        return new SchoolLetter(
            today,
            address.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!).ToList(),
            RatingLetter.Fill(await TemplateAsync(db, cancellationToken), fields),
            school.Name
        );
    }
}
