using Beacon.Domain;

namespace Beacon.Application.Demo;

/// <summary>
/// The demo's story is made through the application's own services; a step they refuse is a fault in the demo, so
/// it stops the start with the service's own words.
/// </summary>
internal static class DemoSteps
{
    public static void Check(Result done)
    {
        if (!done.Succeeded)
        {
            throw new InvalidOperationException(done.Problem!.Message);
        }
    }

    public static T Check<T>(Result<T> done) => done.Succeeded ? done.Value : throw new InvalidOperationException(done.Problem!.Message);
}
