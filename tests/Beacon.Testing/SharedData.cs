using Xunit;

namespace Beacon.Testing;

/// <summary>
/// The real public files in ../shared/data, beside the repository in CI but perhaps not in a clone
/// elsewhere: tests that use them skip, saying why, when they are absent.
/// </summary>
public static class SharedData
{
    /// <summary>The folder, found by walking up from the test's output directory.</summary>
    public static string? Folder { get; } = Find();

    /// <summary>A path inside shared/data, or a skip when the folder is not there.</summary>
    public static string Require(params string[] parts)
    {
        if (Folder is null)
        {
            Assert.Skip("../shared/data is not beside this repository; this test uses the real DfE files kept there.");
        }

        return Path.Combine([Folder!, .. parts]);
    }

    private static string? Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "data");
            if (Directory.Exists(Path.Combine(candidate, "dfe-children-social-care")))
            {
                return candidate;
            }
        }

        return null;
    }
}
