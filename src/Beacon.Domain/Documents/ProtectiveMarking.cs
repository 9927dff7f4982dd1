namespace Beacon.Domain.Documents;

/// <summary>
/// The Government Security Classifications marking a council document carries: OFFICIAL for routine business,
/// OFFICIAL-SENSITIVE where its loss would harm people (child-level records, exempt items, confidential ratings).
/// </summary>
public enum ProtectiveMarking
{
    Official,
    OfficialSensitive,
}

/// <summary>Markings as they are printed, and the rule that picks one from what a document holds.</summary>
public static class ProtectiveMarkings
{
    public static string Text(this ProtectiveMarking marking) =>
        marking == ProtectiveMarking.OfficialSensitive ? "OFFICIAL-SENSITIVE" : "OFFICIAL";

    /// <summary>OFFICIAL-SENSITIVE when the document holds anything kept from the public; OFFICIAL otherwise.</summary>
    public static ProtectiveMarking For(bool childLevel = false, bool exempt = false, bool confidentialRating = false) =>
        childLevel || exempt || confidentialRating ? ProtectiveMarking.OfficialSensitive : ProtectiveMarking.Official;
}
