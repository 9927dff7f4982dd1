namespace Beacon.Domain.Audit;

/// <summary>How confidential an audited record is, and so who may read its entries' contents.</summary>
public enum AuditConfidentiality
{
    /// <summary>Anyone who reads the audit trail.</summary>
    Open,

    /// <summary>About a child: only those who may see child-level data.</summary>
    ChildLevel,

    /// <summary>A school's Support and Challenge rating, its reasons and its support: only those who may see ratings.</summary>
    SchoolRating,

    /// <summary>A committee's agenda item, paper or resolution, which may be exempt: only those granted exempt items.</summary>
    ExemptItem,
}
