using Beacon.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Beacon.Web.Features.Shared;

/// <summary>The one place a <see cref="Problem"/> becomes a form's errors: on the fields it names, for the error summary.</summary>
public static class ProblemErrors
{
    /// <summary>Each of the problem's details on its own field, or the problem on <paramref name="key"/> (its code by default).</summary>
    public static void AddProblem(this ModelStateDictionary modelState, Problem problem, string? key = null)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(problem);
        if (problem.Details.Count == 0)
        {
            modelState.AddModelError(key ?? problem.Code, problem.Message);
            return;
        }

        foreach (var detail in problem.Details)
        {
            modelState.AddModelError(detail.Code, detail.Message);
        }
    }
}
