namespace Beacon.Import.Schools;

/// <summary>
/// The header map for Ofsted's state-funded schools management information: each column Beacon reads, by the
/// names it has had between years. Headers are compared by their letters and digits only, so that spacing,
/// case and punctuation changes ("Latest OEIF  safeguarding is effective?") do not matter.
/// </summary>
internal static class OfstedColumns
{
    public const string Urn = "urn";
    public const string Laestab = "laestab";
    public const string SchoolName = "school name";
    public const string Phase = "phase";
    public const string SchoolType = "type";
    public const string LocalAuthority = "local authority";
    public const string Postcode = "postcode";
    public const string Pupils = "pupils";
    public const string Religion = "religion";

    public const string FullNumber = "full.number";
    public const string FullStart = "full.start";
    public const string FullPublished = "full.published";
    public const string FullUrn = "full.urn";
    public const string FullCategory = "full.category";
    public const string FullOverall = "full.overall";

    public const string OeifNumber = "oeif.number";
    public const string OeifStart = "oeif.start";
    public const string OeifPublished = "oeif.published";
    public const string OeifUrn = "oeif.urn";
    public const string OeifCategory = "oeif.category";
    public const string OeifOverall = "oeif.overall";

    public const string PreviousNumber = "previous.number";
    public const string PreviousStart = "previous.start";
    public const string PreviousPublished = "previous.published";
    public const string PreviousOverall = "previous.overall";

    public const string UngradedNumber = "ungraded.number";
    public const string UngradedStart = "ungraded.start";
    public const string UngradedPublished = "ungraded.published";
    public const string UngradedUrn = "ungraded.urn";
    public const string UngradedOutcome = "ungraded.outcome";

    /// <summary>The report-card evaluation areas, as the report names them, by column key.</summary>
    public static readonly IReadOnlyList<(string Key, string Area)> ReportCardAreas =
    [
        ("area.safeguarding", "Safeguarding standards"),
        ("area.inclusion", "Inclusion"),
        ("area.curriculum", "Curriculum and teaching"),
        ("area.achievement", "Achievement"),
        ("area.attendance", "Attendance and behaviour"),
        ("area.personal", "Personal development and wellbeing"),
        ("area.earlyyears", "Early years"),
        ("area.post16", "Post-16 provision"),
        ("area.leadership", "Leadership and governance"),
    ];

    private static readonly Dictionary<string, string> ByAlias = Build(
        (Urn, ["URN"]),
        (Laestab, ["LAESTAB"]),
        (SchoolName, ["School name"]),
        (Phase, ["Ofsted phase"]),
        (SchoolType, ["Type of education"]),
        (LocalAuthority, ["Local authority"]),
        (Postcode, ["Postcode"]),
        (Pupils, ["Total number of pupils", "Number of pupils"]),
        (Religion, ["Designated religious character", "Religious character"]),
        (FullNumber, ["Inspection number of latest full inspection", "Inspection number"]),
        (FullStart, ["Inspection start date", "Inspection date", "Inspection start date of latest full inspection"]),
        (FullPublished, ["Publication date", "Publication date of latest full inspection"]),
        (FullUrn, ["URN at time of latest full inspection"]),
        (FullCategory, ["Category of concern"]),
        (FullOverall, ["Overall effectiveness"]),
        (OeifNumber, ["Inspection number of latest OEIF graded inspection"]),
        (OeifStart, ["Inspection start date of latest OEIF graded inspection"]),
        (OeifPublished, ["Publication date of latest OEIF graded inspection"]),
        (OeifUrn, ["URN at time of latest OEIF graded inspection"]),
        (OeifCategory, ["Latest OEIF category of concern"]),
        (OeifOverall, ["Latest OEIF overall effectiveness"]),
        (PreviousNumber, ["Previous inspection number", "Previous full inspection number"]),
        (PreviousStart, ["Previous inspection start date"]),
        (PreviousPublished, ["Previous publication date"]),
        (PreviousOverall, ["Previous full inspection overall effectiveness", "Previous overall effectiveness"]),
        (UngradedNumber, ["Latest ungraded inspection number", "Latest short inspection number"]),
        (UngradedStart, ["Date of latest ungraded inspection", "Date of latest short inspection"]),
        (UngradedPublished, ["Ungraded inspection publication date", "Short inspection publication date"]),
        (UngradedUrn, ["URN at time of the ungraded inspection", "URN at time of the section 8 inspection"]),
        (UngradedOutcome, ["Ungraded inspection overall outcome", "Short inspection overall outcome"]),
        ("area.safeguarding", ["Safeguarding standards"]),
        ("area.inclusion", ["Inclusion"]),
        ("area.curriculum", ["Curriculum and teaching"]),
        ("area.achievement", ["Achievement"]),
        ("area.attendance", ["Attendance and behaviour"]),
        ("area.personal", ["Personal development and wellbeing"]),
        ("area.earlyyears", ["Early years (where applicable)", "Early years"]),
        ("area.post16", ["Post-16 provision (where applicable)", "Post-16 provision"]),
        ("area.leadership", ["Leadership and governance"])
    );

    /// <summary>The key Beacon reads a published header by; the header itself where Beacon does not read it.</summary>
    public static string Canonical(string header) => ByAlias.GetValueOrDefault(Normalise(header), header);

    private static string Normalise(string header) => new(header.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static Dictionary<string, string> Build(params (string Key, string[] Aliases)[] columns) =>
        columns.SelectMany(c => c.Aliases.Select(a => (Alias: Normalise(a), c.Key))).ToDictionary(c => c.Alias, c => c.Key);
}
