using Beacon.Data;

namespace Beacon.Web.Tests;

/// <summary>
/// A demo server on each engine for one test class, each started when a test first asks for it: the class's
/// tests run once on SQLite and once on PostgreSQL, each engine's run against its own server.
/// </summary>
public sealed class BeaconServers : IAsyncDisposable
{
    private readonly SemaphoreSlim _starting = new(1, 1);
    private readonly Dictionary<DatabaseProvider, BeaconServer> _servers = [];

    public async Task<BeaconServer> OnAsync(DatabaseProvider provider)
    {
        await _starting.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (!_servers.TryGetValue(provider, out var server))
            {
                server = await BeaconServer.StartAsync(provider, sharedDataFolder: null);
                _servers[provider] = server;
            }

            return server;
        }
        finally
        {
            _starting.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var server in _servers.Values)
        {
            await server.DisposeAsync();
        }

        _starting.Dispose();
    }
}
