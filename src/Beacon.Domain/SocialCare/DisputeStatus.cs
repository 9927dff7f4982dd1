namespace Beacon.Domain.SocialCare;

/// <summary>Where an IRO dispute stands: its stage, the day that stage is due to be resolved by, and what may happen next.</summary>
public sealed record DisputeStatus(int Stage, string StageName, DateOnly DueOn, bool Resolved, bool Overdue, bool CanEscalate);
