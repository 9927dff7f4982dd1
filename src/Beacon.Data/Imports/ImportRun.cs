namespace Beacon.Data.Imports;

/// <summary>One completed import of a file: who, when, what, and what it did to the database.</summary>
public class ImportRun
{
    public long Id { get; set; }

    /// <summary>The reader used, e.g. <c>dfe-open-data</c>.</summary>
    public string Format { get; set; } = "";

    /// <summary>The file's name as given by the person importing it.</summary>
    public string SourceName { get; set; } = "";

    /// <summary>The dataset the rows were filed under.</summary>
    public string Dataset { get; set; } = "";

    /// <summary>SHA-256 of the file's bytes, in lower-case hex.</summary>
    public string Sha256 { get; set; } = "";

    public string ImportedBy { get; set; } = "";

    public DateTime StartedAtUtc { get; set; }

    public DateTime FinishedAtUtc { get; set; }

    public long RowsRead { get; set; }

    public long Inserted { get; set; }

    public long Updated { get; set; }

    public long Unchanged { get; set; }

    public long Rejected { get; set; }
}
