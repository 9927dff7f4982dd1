namespace Beacon.Data.Equality;

/// <summary>
/// An assessment as it stood when published: the whole of it as JSON, its number, and who published it when.
/// Append-only, so a published version is what the public saw.
/// </summary>
public class EqualityAssessmentVersion
{
    public int Id { get; set; }

    public int AssessmentId { get; set; }

    public int Version { get; set; }

    public DateOnly PublishedOn { get; set; }

    public string Snapshot { get; set; } = "";

    public string PublishedBy { get; set; } = "";

    public DateTime PublishedAtUtc { get; set; }
}
