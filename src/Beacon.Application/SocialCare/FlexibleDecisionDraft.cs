using Beacon.Domain.SocialCare;

namespace Beacon.Application.SocialCare;

/// <summary>A decision under the flexible-assessment direction as the form gives it, before it is checked.</summary>
public sealed record FlexibleDecisionDraft(
    string? ChildId,
    FlexibleDecision? Decision,
    int? WorkingDays,
    DateOnly? ConferenceOn,
    string? DecidedBy,
    string? Reason
);
