using Beacon.Domain.Access;

namespace Beacon.Import.Pipeline;

/// <summary>A file layout Beacon reads, as people are offered it.</summary>
/// <param name="Name">The name commands and the upload page use, e.g. <c>dfe-open-data</c>.</param>
/// <param name="Description">What the file is, in a line.</param>
/// <param name="Writes">The permission to edit what the format writes, which an importer must hold as well.</param>
public sealed record ImportFormatInfo(string Name, string Description, Permission Writes);
