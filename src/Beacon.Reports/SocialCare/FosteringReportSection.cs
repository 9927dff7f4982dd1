namespace Beacon.Reports.SocialCare;

/// <summary>A section of the fostering report: its heading, its rows of label and figure, and the service's words on it.</summary>
public sealed record FosteringReportSection(string Heading, IReadOnlyList<(string Label, string Figure)> Rows, string? Note = null);
