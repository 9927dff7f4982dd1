using Beacon.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Beacon.Web.Features.Shared;

/// <summary>The one place a <see cref="Problem"/> becomes a form's errors: on the fields it names, for the error summary.</summary>
public static class ProblemErrors
{
    /// <summary>
    /// Each of the problem's details on its own field, or the problem on <paramref name="key"/> (its code by default).
    /// A field already in error keeps its first message: the page's own reading of a field (a date that is not a
    /// date) says more than a rule that the field is needed.
    /// </summary>
    public static void AddProblem(this ModelStateDictionary modelState, Problem problem, string? key = null)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(problem);
        foreach (
            var (code, message) in problem.Details.Count == 0
                ? [(key ?? problem.Code, problem.Message)]
                : problem.Details.Select(d => (d.Code, d.Message))
        )
        {
            if (modelState[code] is not { Errors.Count: > 0 })
            {
                modelState.AddModelError(code, message);
            }
        }
    }
}
