namespace Beacon.Application.Savings;

/// <summary>A quarter's delivery of a saving as typed on the form, checked by <see cref="SavingsRecorder.RecordDeliveryAsync"/>.</summary>
public sealed record SavingDeliveryDraft(string? Planned, string? Achieved, string? Rating, string? Reason);
