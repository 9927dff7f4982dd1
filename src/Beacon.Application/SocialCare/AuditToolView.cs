using System.Text.Json;
using Beacon.Data;
using Beacon.Data.SocialCare;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.SocialCare;

/// <summary>An audit tool with its questions and grades (best first, grade 1 the best) read from their JSON.</summary>
public sealed record AuditToolView(long Id, string Name, IReadOnlyList<string> Questions, IReadOnlyList<string> Grades, string CreatedBy)
{
    public static AuditToolView Of(AuditTool tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        return new(
            tool.Id,
            tool.Name,
            JsonSerializer.Deserialize<List<string>>(tool.Questions)!,
            JsonSerializer.Deserialize<List<string>>(tool.Grades)!,
            tool.CreatedBy
        );
    }

    /// <summary>Every tool, newest first.</summary>
    public static async Task<IReadOnlyList<AuditToolView>> AllAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return (await db.AuditTools.AsNoTracking().OrderByDescending(t => t.Id).ToListAsync(cancellationToken)).Select(Of).ToList();
    }

    /// <summary>The grades as JSON keyed by question, where every question has a grade on this tool's scale; otherwise null.</summary>
    public string? GradesJson(IReadOnlyList<int?> grades)
    {
        ArgumentNullException.ThrowIfNull(grades);
        return grades.Count == Questions.Count && grades.All(g => g >= 1 && g <= Grades.Count)
            ? JsonSerializer.Serialize(Questions.Select((q, i) => (q, grades[i]!.Value)).ToDictionary(x => x.q, x => x.Value))
            : null;
    }

    /// <summary>The grade's name: "2 Good".</summary>
    public string GradeName(int grade) =>
        grade >= 1 && grade <= Grades.Count
            ? $"{grade} {Grades[grade - 1]}"
            : grade.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
