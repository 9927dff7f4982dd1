using Beacon.Data.Audit;
using Beacon.Domain.Audit;

namespace Beacon.Data.Committees;

/// <summary>One of the report template's sections of an item's paper (purpose, background, risk implications...), as the officer wrote it.</summary>
[Audited("PaperSection", AuditConfidentiality.ExemptItem)]
public class PaperSection
{
    public int Id { get; set; }

    public int AgendaItemId { get; set; }

    public int Position { get; set; }

    public string Heading { get; set; } = "";

    public string Text { get; set; } = "";
}
