using Beacon.Data.Audit;
using Beacon.Domain.Equality;

namespace Beacon.Data.Equality;

/// <summary>One protected characteristic in an assessment: whether it is relevant to what is assessed, and the impact found.</summary>
[Audited("EqualityCharacteristicImpact")]
public class EqualityCharacteristicImpact
{
    public int Id { get; set; }

    public int AssessmentId { get; set; }

    public ProtectedCharacteristic Characteristic { get; set; }

    public bool Relevant { get; set; }

    public string? Impact { get; set; }
}
