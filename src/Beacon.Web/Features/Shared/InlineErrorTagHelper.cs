using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Beacon.Web.Features.Shared;

/// <summary>
/// GOV.UK's inline error for every text field, text area and select in Beacon: where the page's problems name the
/// field (by its id, which the error summary links to), the message goes just above the field, which is marked as in
/// error and described by it. One place, so no form can show its errors only in the summary.
/// </summary>
[HtmlTargetElement("input", Attributes = "id", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("textarea", Attributes = "id")]
[HtmlTargetElement("select", Attributes = "id")]
public sealed class InlineErrorTagHelper : TagHelper
{
    private static readonly HashSet<string> Unmarked = new(StringComparer.OrdinalIgnoreCase)
    {
        "hidden",
        "submit",
        "radio",
        "checkbox",
        "file",
    };

    /// <summary>Where a page wrote the field's message itself (<c>_FieldError</c>), so it is not written twice.</summary>
    public static string WrittenKey(string id) => "field-error:" + id;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var id = output.Attributes["id"]?.Value?.ToString();
        var type = output.Attributes["type"]?.Value?.ToString();
        var describedBy = output.Attributes["aria-describedby"]?.Value?.ToString() ?? "";
        var classes = output.Attributes["class"]?.Value?.ToString() ?? "";
        if (
            string.IsNullOrEmpty(id)
            // A date input's message is its fieldset's, written once by _DateInput.
            || classes.Contains("govuk-date-input__input", StringComparison.Ordinal)
            || (type is not null && Unmarked.Contains(type))
            || describedBy.Contains(id + "-error", StringComparison.Ordinal)
            || ViewContext.ModelState.Message(id) is not { } message
        )
        {
            return;
        }

        if (!ViewContext.HttpContext.Items.ContainsKey(WrittenKey(id)))
        {
            output.PreElement.AppendHtml(
                $"<p id=\"{HtmlEncoder.Default.Encode(id)}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {HtmlEncoder.Default.Encode(message)}</p>"
            );
        }

        output.AddClass($"govuk-{(output.TagName == "input" ? "input" : output.TagName)}--error", HtmlEncoder.Default);
        output.Attributes.SetAttribute("aria-describedby", (describedBy + " " + id + "-error").Trim());
    }
}
