using Beacon.Data.Audit;
using Beacon.Domain.Audit;

namespace Beacon.Data.Committees;

/// <summary>"Resolved: (1) That ..." — one numbered resolution of an item, with the actions it created.</summary>
[Audited("Resolution", AuditConfidentiality.ExemptItem)]
public class Resolution
{
    public int Id { get; set; }

    public int AgendaItemId { get; set; }

    public int Number { get; set; }

    public string Text { get; set; } = "";

    public List<ResolutionAction> Actions { get; set; } = [];
}
