namespace Beacon.Data.SocialCare;

/// <summary>
/// A child's row in one of the Annex A lists, cleaned to the template's values, from the latest extract. Child-level:
/// only roles allowed child-level data see it.
/// </summary>
public class AnnexARecord
{
    public long Id { get; set; }

    public int List { get; set; }

    /// <summary>The row in the extract's sheet, so that a problem can be found there.</summary>
    public long Row { get; set; }

    public string ChildId { get; set; } = "";

    /// <summary>Each column's value by its template name, as JSON.</summary>
    public string Values { get; set; } = "";

    public long ImportRunId { get; set; }
}
