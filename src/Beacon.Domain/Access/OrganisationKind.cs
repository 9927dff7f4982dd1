namespace Beacon.Domain.Access;

/// <summary>What an organisation on a Beacon deployment is. Names are stored in the database; do not rename.</summary>
public enum OrganisationKind
{
    /// <summary>A local authority: it owns its ratings, commentary, Annex A, audits, committee papers and the rest.</summary>
    Authority,

    /// <summary>A regional body (a regional improvement and innovation alliance): it reads what authorities share with it.</summary>
    RegionalBody,

    /// <summary>A national body (the LGA, DfE's advisers): it reads what authorities share with it.</summary>
    NationalBody,
}
