namespace Beacon.Import.Pipeline;

/// <summary>
/// Reports on the calling thread, at once: unlike <see cref="Progress{T}"/>, which posts to the thread pool,
/// a report is out before the work goes on, so a progress line never trails the work it describes.
/// </summary>
public sealed class ImmediateProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
