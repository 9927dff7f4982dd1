namespace Beacon.Domain.SocialCare;

/// <summary>A stage of the IRO dispute resolution process: who it goes to and how many working days it has to resolve.</summary>
public sealed record DisputeStage(string Name, int WorkingDays);
