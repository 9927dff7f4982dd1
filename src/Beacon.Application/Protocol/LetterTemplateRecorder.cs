using Beacon.Data;
using Beacon.Data.Protocol;
using Beacon.Domain;

namespace Beacon.Application.Protocol;

/// <summary>The authority's letter to Red and Amber schools, saved as a new version each time; audited.</summary>
public sealed class LetterTemplateRecorder(BeaconDbContext db)
{
    public async Task<Result> SaveAsync(string? body, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return Result.Failure("Body", "Enter the letter");
        }

        db.LetterTemplates.Add(new LetterTemplate { Body = body.Trim() });
        db.AuditScope.Reason = "letter template";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }
}
