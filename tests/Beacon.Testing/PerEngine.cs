using Beacon.Data;
using Xunit;

namespace Beacon.Testing;

/// <summary>
/// Something a test class sets up once per engine (a loaded database, a running server), made when a test first
/// asks for it on that engine and disposed with the fixture.
/// </summary>
public sealed class PerEngine<T>(Func<DatabaseProvider, Task<T>> create) : IAsyncDisposable
    where T : IAsyncDisposable
{
    private readonly SemaphoreSlim _making = new(1, 1);
    private readonly Dictionary<DatabaseProvider, T> _made = [];

    public async Task<T> OnAsync(DatabaseProvider provider)
    {
        await _making.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (!_made.TryGetValue(provider, out var made))
            {
                made = await create(provider);
                _made[provider] = made;
            }

            return made;
        }
        finally
        {
            _making.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var made in _made.Values)
        {
            await made.DisposeAsync();
        }

        _making.Dispose();
    }
}
