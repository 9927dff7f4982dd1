namespace Beacon.Application.Start;

/// <summary>One block of a person's start page: a heading, its tasks or facts, and what to say when there are none.</summary>
public sealed record StartSection(string Heading, IReadOnlyList<StartItem> Items, string WhenEmpty);
