namespace Beacon.Application.Start;

/// <summary>A task or fact on a start page: what it is, where to act on it, and its state in words ("value not entered").</summary>
public sealed record StartItem(string Text, string Href, string? State = null);
