namespace Beacon.Application.SocialCare;

/// <summary>What a social care manager asks for to draw an audit sample.</summary>
public sealed record AuditSampleRequest(string? Name, long? ToolId, int? List, int? Size, int? WorkingDaysToComplete, int? ModeratePercent);
