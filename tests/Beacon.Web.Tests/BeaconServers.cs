using Beacon.Data;
using Beacon.Testing;

namespace Beacon.Web.Tests;

/// <summary>
/// A demo server on each engine for one test class, each started when a test first asks for it: the class's
/// tests run once on SQLite and once on PostgreSQL, each engine's run against its own server.
/// </summary>
public sealed class BeaconServers : IAsyncDisposable
{
    private readonly PerEngine<BeaconServer> _servers = new(provider => BeaconServer.StartAsync(provider, sharedDataFolder: null));

    public Task<BeaconServer> OnAsync(DatabaseProvider provider) => _servers.OnAsync(provider);

    public ValueTask DisposeAsync() => _servers.DisposeAsync();
}
