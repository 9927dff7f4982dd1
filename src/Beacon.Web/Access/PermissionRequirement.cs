using Beacon.Domain.Access;
using Microsoft.AspNetCore.Authorization;

namespace Beacon.Web.Access;

/// <summary>An authorization requirement: the person must hold a permission.</summary>
public sealed class PermissionRequirement(Permission permission) : IAuthorizationRequirement
{
    public Permission Permission { get; } = permission;
}
