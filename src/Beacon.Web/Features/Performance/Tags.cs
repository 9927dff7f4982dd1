using Beacon.Domain.Performance;
using Microsoft.AspNetCore.Html;

namespace Beacon.Web.Features.Performance;

/// <summary>
/// The progress and direction-of-travel tags: shape, colour and word together, so a rating never rests on
/// colour alone. Built as strings rather than partial views because a dashboard prints hundreds of them.
/// </summary>
public static class Tags
{
    public static IHtmlContent Progress(ProgressRating rating) =>
        new HtmlString(
            rating switch
            {
                ProgressRating.Green =>
                    """<strong class="govuk-tag govuk-tag--green"><span aria-hidden="true">&#x2714;</span> Green</strong>""",
                ProgressRating.Amber =>
                    """<strong class="govuk-tag govuk-tag--yellow"><span aria-hidden="true">&#x25B2;</span> Amber</strong>""",
                _ => """<strong class="govuk-tag govuk-tag--red"><span aria-hidden="true">&#x2716;</span> Red</strong>""",
            }
        );

    public static IHtmlContent Direction(DirectionOfTravel direction) =>
        new HtmlString(
            direction switch
            {
                DirectionOfTravel.Better =>
                    """<strong class="govuk-tag govuk-tag--green"><span aria-hidden="true">&#x2191;</span> Better</strong>""",
                DirectionOfTravel.Same =>
                    """<strong class="govuk-tag govuk-tag--yellow"><span aria-hidden="true">&#x2192;</span> Same</strong>""",
                DirectionOfTravel.Worse =>
                    """<strong class="govuk-tag govuk-tag--red"><span aria-hidden="true">&#x2193;</span> Worse</strong>""",
                _ => """<strong class="govuk-tag govuk-tag--grey">N/A</strong>""",
            }
        );
}
