using Beacon.Import.Geography;

namespace Beacon.Import.Tests.DfeOpenData;

/// <summary>An authority ONS gave a new code without changing it is found by either code and filed under one, so its series joins up.</summary>
public sealed class OnsRecodeTests
{
    [Theory]
    [InlineData("E08000020", "E08000037", "390", "Gateshead")]
    [InlineData("E06000048", "E06000057", "929", "Northumberland")]
    [InlineData("E08000038", "E08000016", "370", "Barnsley")]
    [InlineData("E08000039", "E08000019", "373", "Sheffield")]
    public void Either_of_an_unchanged_authoritys_ONS_codes_finds_it_under_the_code_it_is_filed_by(
        string other,
        string filed,
        string oldCode,
        string name
    )
    {
        var authority = LocalAuthorityRegister.Shipped.FindByNewCode(other)!;

        Assert.Equal((filed, oldCode, name), (authority.NewCode, authority.OldCode, authority.Name));
        Assert.Same(authority, LocalAuthorityRegister.Shipped.FindByNewCode(filed));
    }
}
