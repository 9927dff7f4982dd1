namespace Beacon.Domain.Protocol;

/// <summary>
/// What the lead inspector asks to have ready at the start of the inspection (the handbook's paragraph 14, seed 000
/// item 6.1), in its order, and the states an officer gives each while preparing it.
/// </summary>
public static class InspectionDocuments
{
    public static IReadOnlyList<string> All { get; } =
    [
        "A summary of the authority's self-evaluation of its arrangements to support school improvement and their impact",
        "The current strategic plan for education, with partnership arrangements, commissioning, brokerage and evaluation reports or reports to elected members",
        "How monitoring, challenge, intervention and support are provided, including the use of statutory obligations and powers",
        "The authority's data sets about school performance and any analysis of them",
        "Case studies of targeted school improvement work and its impact",
        "The school improvement staff list, with roles and responsibilities",
        "Strategies used to support leadership and management in schools, and evidence of their impact",
        "Evidence of the work of governor support services and their impact on improving governance",
        "How the authority uses available funding to effect improvement, focused on areas of greatest need",
    ];

    public const string NotStarted = "Not started";

    public static IReadOnlyList<string> States { get; } = [NotStarted, "In draft", "Ready"];
}
