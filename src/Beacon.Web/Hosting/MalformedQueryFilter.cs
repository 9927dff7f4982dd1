using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Beacon.Web.Hosting;

/// <summary>
/// A page asked for with a query value it cannot read (a date that is not one, a number that is not one) answers
/// 400, not a page built on a value silently dropped. Forms posted back show their own errors instead.
/// </summary>
public sealed class MalformedQueryFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (HttpMethods.IsGet(context.HttpContext.Request.Method) && !context.ModelState.IsValid && HasUnreadableQueryValue(context))
        {
            context.Result = new BadRequestResult();
            return;
        }

        await next();
    }

    // Only values the query gave and the page could not read: a property left out is not a malformed request, and a
    // handler that takes the value as a parameter says itself what is wrong with it.
    private static bool HasUnreadableQueryValue(PageHandlerExecutingContext context)
    {
        var query = context.HttpContext.Request.Query;
        var ownParameters = context.HandlerMethod?.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        return context.ModelState.Any(entry =>
            entry.Value is { Errors.Count: > 0 }
            && !string.IsNullOrEmpty(entry.Value.AttemptedValue)
            && !ownParameters.Contains(entry.Key)
            && query.TryGetValue(entry.Key, out var given)
            && given == entry.Value.AttemptedValue
        );
    }
}
