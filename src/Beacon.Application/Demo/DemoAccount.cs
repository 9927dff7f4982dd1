using Beacon.Domain.Access;

namespace Beacon.Application.Demo;

/// <summary>A demonstration account and the password it was given at this start.</summary>
public sealed record DemoAccount(string UserName, string Password, BeaconRole Role, string Notes);
