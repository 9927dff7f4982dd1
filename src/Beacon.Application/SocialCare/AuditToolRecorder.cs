using System.Text.Json;
using Beacon.Data;
using Beacon.Data.SocialCare;
using Beacon.Domain;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.SocialCare;

/// <summary>The authority's own case-file audit tools: questions and a grade scale, best first; never edited once saved.</summary>
public sealed class AuditToolRecorder(BeaconDbContext db)
{
    public const int MostGrades = 6;

    /// <summary>A new tool from its questions and grades, one to a line; its id.</summary>
    public async Task<Result<long>> CreateAsync(
        string? name,
        string? questions,
        string? grades,
        string createdBy,
        CancellationToken cancellationToken
    )
    {
        var (asked, scale) = (Lines(questions), Lines(grades));
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(Result.Failure("Name", "Enter the tool's name"));
        }
        else if (await db.AuditTools.AnyAsync(t => t.Name == name.Trim(), cancellationToken))
        {
            problems.Add(Result.Failure("Name", "A tool with this name already exists: give the new one its own name"));
        }

        if (asked.Count == 0 || asked.Distinct(StringComparer.OrdinalIgnoreCase).Count() != asked.Count)
        {
            problems.Add(Result.Failure("Questions", "Enter the questions, one to a line, each once"));
        }

        if (scale.Count is < 2 or > MostGrades || scale.Distinct(StringComparer.OrdinalIgnoreCase).Count() != scale.Count)
        {
            problems.Add(Result.Failure("Grades", $"Enter from 2 to {MostGrades} different grades, one to a line, best first"));
        }

        if (Result.Combine(problems) is { } problem)
        {
            return problem;
        }

        var tool = new AuditTool
        {
            Name = name!.Trim(),
            Questions = JsonSerializer.Serialize(asked),
            Grades = JsonSerializer.Serialize(scale),
            CreatedBy = createdBy,
        };
        db.AuditTools.Add(tool);
        db.AuditScope.Reason = "new audit tool";
        await db.SaveChangesAsync(cancellationToken);
        return tool.Id;
    }

    private static List<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
}
