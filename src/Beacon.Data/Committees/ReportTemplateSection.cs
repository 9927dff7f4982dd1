using Beacon.Data.Audit;

namespace Beacon.Data.Committees;

/// <summary>The authority's report template: the sections every paper has, in order, set as data.</summary>
[Audited("ReportTemplateSection")]
public class ReportTemplateSection
{
    public int Id { get; set; }

    public int Position { get; set; }

    public string Heading { get; set; } = "";

    /// <summary>Printed when the officer writes nothing, e.g. "There are no staff considerations."</summary>
    public string WhenEmpty { get; set; } = "";
}
