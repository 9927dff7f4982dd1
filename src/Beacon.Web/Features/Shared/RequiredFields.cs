using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Beacon.Web.Features.Shared;

/// <summary>A form's required text fields, checked as GOV.UK's pattern asks: an "Enter ..." message on the field left empty.</summary>
public static class RequiredFields
{
    public static void Require(this ModelStateDictionary modelState, string key, string? value, string message)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (string.IsNullOrWhiteSpace(value))
        {
            modelState.AddModelError(key, message);
        }
    }
}
