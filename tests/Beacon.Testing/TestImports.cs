using Beacon.Import.Pipeline;
using Xunit;

namespace Beacon.Testing;

/// <summary>Runs a file through the real import pipeline into a test database, as an officer would.</summary>
public static class TestImports
{
    public static async Task<ImportOutcome> RunAsync(TestDatabase database, IImportFormat format, string path)
    {
        await using var db = database.NewContext();
        return await new ImportPipeline(new ImportOptions(), TimeProvider.System).RunAsync(
            db,
            format,
            path,
            Path.GetFileName(path),
            "adviser",
            cancellationToken: TestContext.Current.CancellationToken
        );
    }
}
