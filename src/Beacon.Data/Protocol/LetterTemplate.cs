using Beacon.Data.Audit;

namespace Beacon.Data.Protocol;

/// <summary>The authority's letter to the headteacher of a Red or Amber school; placeholders in braces are filled per school.</summary>
[Audited("LetterTemplate")]
public class LetterTemplate
{
    public int Id { get; set; }

    public string Body { get; set; } = "";
}
