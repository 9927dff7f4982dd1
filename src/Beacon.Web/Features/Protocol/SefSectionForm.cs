namespace Beacon.Web.Features.Protocol;

/// <summary>A summary SEF section as the form posts it.</summary>
public sealed class SefSectionForm
{
    public SefSectionForm() { }

    public SefSectionForm(string section, int? judgement, string? strengths, string? areasForImprovement, string? whyNotNextGradeUp)
    {
        Section = section;
        Judgement = judgement;
        Strengths = strengths;
        AreasForImprovement = areasForImprovement;
        WhyNotNextGradeUp = whyNotNextGradeUp;
    }

    public string Section { get; set; } = "";

    public int? Judgement { get; set; }

    public string? Strengths { get; set; }

    public string? AreasForImprovement { get; set; }

    public string? WhyNotNextGradeUp { get; set; }
}
