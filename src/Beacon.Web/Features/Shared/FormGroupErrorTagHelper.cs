using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Beacon.Web.Features.Shared;

/// <summary>The red border GOV.UK draws round a form group whose field shows an inline error, wherever that error came from.</summary>
[HtmlTargetElement("div", Attributes = "[class^=govuk-form-group]")]
public sealed class FormGroupErrorTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var content = await output.GetChildContentAsync();
        var classes = output.Attributes["class"]?.Value?.ToString() ?? "";
        if (
            content.GetContent().Contains("govuk-error-message", StringComparison.Ordinal)
            && !classes.Contains("govuk-form-group--error", StringComparison.Ordinal)
        )
        {
            output.AddClass("govuk-form-group--error", HtmlEncoder.Default);
        }
    }
}
