namespace Beacon.Application.SocialCare;

/// <summary>A piece of social care work past its timescale: what, for which child, when it was due, and where to see it.</summary>
public sealed record OverdueAction(string What, string Who, DateOnly Due, string Link);
