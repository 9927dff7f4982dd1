using Beacon.Data.Audit;
using Beacon.Data.Organisations;
using Beacon.Domain.Access;
using Xunit;

namespace Beacon.Testing;

/// <summary>
/// Two North East authorities (Hartlepool and Middlesbrough) and two regional bodies, the North East's and the North
/// West's, on one test database: the organisations the sector-led tests act as.
/// </summary>
public sealed record TestRegion(int Authority, int OtherAuthority, int Panel, int OtherPanel)
{
    public static async Task<TestRegion> CreateAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var organisations = new[]
        {
            new Organisation
            {
                Name = "Hartlepool",
                Kind = OrganisationKind.Authority,
                LaCode = "805",
                RegionCode = "E12000001",
            },
            new Organisation
            {
                Name = "Middlesbrough",
                Kind = OrganisationKind.Authority,
                LaCode = "806",
                RegionCode = "E12000001",
            },
            new Organisation
            {
                Name = "North East alliance",
                Kind = OrganisationKind.RegionalBody,
                RegionCode = "E12000001",
            },
            new Organisation
            {
                Name = "North West alliance",
                Kind = OrganisationKind.RegionalBody,
                RegionCode = "E12000002",
            },
        };
        db.Organisations.AddRange(organisations);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return new TestRegion(organisations[0].Id, organisations[1].Id, organisations[2].Id, organisations[3].Id);
    }

    /// <summary>A unit of work acting as one of the organisations.</summary>
    public static AuditScope Acting(int organisation) => new() { Actor = "someone", OrganisationId = organisation };

    /// <summary>A person of one of the organisations holding one role, named after it unless named.</summary>
    public static BeaconUser Person(BeaconRole role, int organisation, string? name = null) =>
        new(name ?? $"{role}", new HashSet<BeaconRole> { role }, OrganisationId: organisation);
}
