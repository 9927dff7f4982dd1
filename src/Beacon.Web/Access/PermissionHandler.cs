using Beacon.Domain.Access;
using Microsoft.AspNetCore.Authorization;

namespace Beacon.Web.Access;

/// <summary>Decides <see cref="PermissionRequirement"/> by asking <see cref="AccessPolicy"/>.</summary>
public sealed class PermissionHandler : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        if (AccessPolicy.Can(context.User.ToBeaconUser(), requirement.Permission))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
