using Beacon.Data;
using Beacon.Domain;

namespace Beacon.Application.Schools;

/// <summary>What officers add to the register and Ofsted's files: a school's SIP link officer, an inspection's strengths and areas.</summary>
public sealed class SchoolRecorder(BeaconDbContext db)
{
    public const string NotFound = "not-found";

    /// <summary>Names the school's SIP link officer, or none (a non-SIP school, which keeps a summary SEF).</summary>
    public async Task<Result> SetLinkOfficerAsync(int urn, string? linkOfficer, CancellationToken cancellationToken)
    {
        if (await db.Schools.FindAsync([urn], cancellationToken) is not { } school)
        {
            return Result.Failure(NotFound, "There is no such school");
        }

        school.LinkOfficer = string.IsNullOrWhiteSpace(linkOfficer) ? null : linkOfficer.Trim();
        db.AuditScope.Reason = "SIP link officer";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    /// <summary>An inspection's strengths and areas for improvement from its report, one to a line, bullets dropped.</summary>
    public async Task<Result> DescribeInspectionAsync(
        long id,
        string? strengths,
        string? areasForImprovement,
        CancellationToken cancellationToken
    )
    {
        if (await db.Inspections.FindAsync([id], cancellationToken) is not { } inspection)
        {
            return Result.Failure(NotFound, "There is no such inspection");
        }

        inspection.Strengths = Lines(strengths);
        inspection.AreasForImprovement = Lines(areasForImprovement);
        db.AuditScope.Reason = "Recorded from the inspection report";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    private static string? Lines(string? text)
    {
        var lines = (text ?? "")
            .ReplaceLineEndings("\n")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.TrimStart('-', '–', '•', '*', ' '))
            .Where(line => line.Length > 0)
            .ToList();
        return lines.Count == 0 ? null : string.Join('\n', lines);
    }
}
