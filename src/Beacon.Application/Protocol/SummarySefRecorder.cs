using Beacon.Data;
using Beacon.Data.Protocol;
using Beacon.Domain;
using Beacon.Domain.Protocol;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Protocol;

/// <summary>A school's summary SEF for a term: its six sections, a judgement on the Ofsted scale for the judged ones; audited.</summary>
public sealed class SummarySefRecorder(BeaconDbContext db)
{
    /// <summary>The problem's code where a section is not one of the summary SEF's.</summary>
    public const string UnknownSection = "unknown-section";

    /// <summary>Saves every section given; a judged section without a 1-4 judgement is a problem coded <c>sef-{index}-judgement</c>.</summary>
    public async Task<Result> SaveAsync(int urn, string term, IReadOnlyList<SummarySefEntry> sections, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sections);
        if (sections.Any(s => !SummarySef.Sections.Contains(s.Section)))
        {
            return Result.Failure(UnknownSection, "A section is not one of the summary SEF's");
        }

        var problems = sections
            .Select((s, i) => (s, i))
            .Where(x => SummarySef.IsJudged(x.s.Section) && x.s.Judgement is not (>= 1 and <= 4))
            .Select(x => Result.Failure($"sef-{x.i}-judgement", $"{x.s.Section}: select a judgement on the Ofsted scale"))
            .ToList();
        if (Result.Combine(problems) is { } problem)
        {
            return problem;
        }

        var saved = await db.SummarySefSections.Where(s => s.Urn == urn && s.Term == term).ToListAsync(cancellationToken);
        foreach (var section in sections)
        {
            var row = saved.FirstOrDefault(s => s.Section == section.Section);
            if (row is null)
            {
                row = new SummarySefSection
                {
                    Urn = urn,
                    Term = term,
                    Section = section.Section,
                };
                db.SummarySefSections.Add(row);
            }

            row.Judgement = SummarySef.IsJudged(section.Section) ? section.Judgement : null;
            row.Strengths = section.Strengths?.Trim() ?? "";
            row.AreasForImprovement = section.AreasForImprovement?.Trim() ?? "";
            row.WhyNotNextGradeUp = section.WhyNotNextGradeUp?.Trim() ?? "";
        }

        db.AuditScope.Reason = $"summary SEF {term}";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }
}
