using System.Text.Json;
using System.Text.Json.Serialization;

namespace Beacon.Domain.Protocol;

/// <summary>
/// The criteria Beacon ships: seed 000's Appendix 2 as revised in 2013. Version 1 left out the AMBER criterion on
/// monitoring visits; version 2 has it. Version 1 stays for the reviews opened under it (decision 029).
/// </summary>
public static class ProtocolCatalog
{
    /// <summary>How versions are read and written: the shipped file's layout.</summary>
    public static JsonSerializerOptions JsonOptions { get; } =
        new()
        {
            PropertyNameCaseInsensitive = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
            Converters = { new JsonStringEnumConverter() },
        };

    /// <summary>Every shipped version, oldest first.</summary>
    public static IReadOnlyList<ProtocolVersion> ShippedVersions { get; } =
    [Embedded("protocol-2013.json"), Embedded("protocol-2013-v2.json")];

    /// <summary>The newest shipped version, the one an authority edits from.</summary>
    public static ProtocolVersion Shipped => ShippedVersions[^1];

    /// <summary>A version from its JSON; refused where a criterion names a check Beacon does not have.</summary>
    public static ProtocolVersion Read(Stream json)
    {
        var version = JsonSerializer.Deserialize<ProtocolVersion>(json, JsonOptions) ?? throw new InvalidDataException("empty protocol");
        if (version.Criteria.FirstOrDefault(c => c.Check is not null && !ProtocolVersion.Checks.Contains(c.Check)) is { } unknown)
        {
            throw new InvalidDataException($"criterion {unknown.Code}: Beacon has no check called '{unknown.Check}'");
        }

        return version;
    }

    private static ProtocolVersion Embedded(string name) => Read(typeof(ProtocolCatalog).Assembly.GetManifestResourceStream(name)!);
}
