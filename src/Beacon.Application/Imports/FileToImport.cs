namespace Beacon.Application.Imports;

/// <summary>A file someone asks Beacon to import.</summary>
/// <param name="Format">The format's name, e.g. <c>dfe-open-data</c>.</param>
/// <param name="Path">Where the file is on this machine.</param>
/// <param name="SourceName">The file's own name, as reports and the import history give it.</param>
/// <param name="Dataset">The dataset, for formats that need one.</param>
/// <param name="FilterNames">The filter columns, where the person names them (DfE open data).</param>
public sealed record FileToImport(
    string Format,
    string Path,
    string SourceName,
    string? Dataset = null,
    IReadOnlyCollection<string>? FilterNames = null
);
