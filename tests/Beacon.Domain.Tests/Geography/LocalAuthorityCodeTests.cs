using Beacon.Domain.Geography;

namespace Beacon.Domain.Tests.Geography;

public class LocalAuthorityCodeTests
{
    [Theory]
    [InlineData("805", true)]
    [InlineData("80", false)]
    [InlineData("80a", false)]
    public void Old_codes_are_three_digits(string code, bool expected) => Assert.Equal(expected, LocalAuthorityCode.IsOldCode(code));

    [Theory]
    [InlineData("E06000001", true)]
    [InlineData("E10000023", true)]
    [InlineData("E09000033", true)]
    [InlineData("E12000001", false)]
    [InlineData("E0600001", false)]
    [InlineData("W06000001", false)]
    public void New_codes_are_ONS_authority_codes(string code, bool expected) => Assert.Equal(expected, LocalAuthorityCode.IsNewCode(code));
}
