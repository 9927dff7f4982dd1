namespace Beacon.Application.Savings;

/// <summary>An option's terms as typed on the form, checked by <see cref="SavingsRecorder.EditOptionAsync"/>.</summary>
public sealed record SavingOptionDraft(string? Description, string? NetSaving, string? Rating, string? Staffing, string? Risks);
