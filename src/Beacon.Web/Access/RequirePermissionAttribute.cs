using Beacon.Domain.Access;
using Microsoft.AspNetCore.Authorization;

namespace Beacon.Web.Access;

/// <summary>Lets only people whose roles grant the permission reach a page or endpoint.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute(Permission permission) : AuthorizeAttribute(PolicyName(permission))
{
    public Permission Permission { get; } = permission;

    /// <summary>The authorization policy that stands for a permission.</summary>
    public static string PolicyName(Permission permission) => $"permission:{permission}";
}
