using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Beacon.Web.Features.Shared;

/// <summary>A form field's error state as GOV.UK's error pattern shows it: the group's red border, and its message above the field.</summary>
public static class FieldErrors
{
    public static string GroupClass(this ModelStateDictionary modelState, string key) =>
        Message(modelState, key) is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error";

    public static string? Message(this ModelStateDictionary modelState, string key)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        return modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
    }
}
