namespace Beacon.Domain.Protocol;

/// <summary>
/// The summary SEF a school outside the SIP programme gives the authority each term (protocol Appendix 1): one
/// side each on its context and Ofsted's five judgements, each judged on the Ofsted scale without split grades.
/// </summary>
public static class SummarySef
{
    public const string Context = "School context";

    public static IReadOnlyList<string> Sections { get; } =
    [Context, "Achievement", "Quality of teaching", "Behaviour and safety", "Leadership and management", "Overall effectiveness"];

    /// <summary>Whether the section carries a judgement: all but the school's context.</summary>
    public static bool IsJudged(string section) => section != Context;
}
