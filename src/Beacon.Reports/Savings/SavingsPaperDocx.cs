using Beacon.Domain.Documents;
using Beacon.Reports.Docx;
using Beacon.Reports.Equality;
using static Beacon.Reports.Docx.DocxParts;

namespace Beacon.Reports.Savings;

/// <summary>
/// A savings programme as the seed's item 5.1 files it: the schedule by cost centre as Appendix 1 (A4 landscape),
/// then each equality impact assessment of the programme as Appendix 2 (A4 portrait), in one document.
/// </summary>
public static class SavingsPaperDocx
{
    public static void Write(
        SavingsScheduleReport schedule,
        IReadOnlyList<EqualityImpactAssessmentReport> assessments,
        string authority,
        DateOnly date,
        Stream output
    )
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(assessments);
        var title = $"{schedule.Programme} {schedule.BudgetYear}";
        using var document = DocxParts.Create(output, new DocumentFrame(authority, title, date, ProtectiveMarking.Official), out var body);
        body.Append(Heading(title, 1));
        body.Append(Text("Appendix 1: the savings schedule by cost centre, with each option's proposed saving and rating."));
        body.Append(Text("Appendix 2: the equality impact assessment of the proposals."));
        using var appendix1 = new MemoryStream();
        SavingsScheduleDocx.Write(schedule, authority, date, appendix1);
        DocxMerge.AppendBody(document, appendix1.ToArray());
        foreach (var assessment in assessments)
        {
            using var appendix2 = new MemoryStream();
            EqualityImpactAssessmentDocx.Write(assessment, authority, date, appendix2);
            DocxMerge.AppendBody(document, appendix2.ToArray());
        }
    }
}
