namespace Beacon.Domain.Protocol;

/// <summary>
/// The two triggers in paragraph 11 of Ofsted's framework that no data file carries, so officers record them when
/// they arise: qualifying complaints about schools, and a requirement from the Secretary of State.
/// </summary>
public static class OfficerTriggers
{
    public const string Complaints = "complaints";

    public const string SecretaryOfState = "secretary-of-state";

    public static IReadOnlyDictionary<string, string> All { get; } =
        new Dictionary<string, string>
        {
            [Complaints] = "The volume of qualifying complaints to Ofsted about schools in the area is a matter of concern",
            [SecretaryOfState] = "The Secretary of State requires an inspection of the authority's school improvement functions",
        };
}
