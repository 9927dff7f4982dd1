namespace Beacon.Data.Protocol;

/// <summary>
/// A school in a review's scope, fixed when the review opens: loading more schools later (a national file) does not
/// change which schools the meeting rates.
/// </summary>
public class SchoolReviewSchool
{
    public int ReviewId { get; set; }

    public int Urn { get; set; }
}
