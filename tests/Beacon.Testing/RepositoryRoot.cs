namespace Beacon.Testing;

/// <summary>The repository's root folder (the one holding Beacon.slnx), found from the test's output directory.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Beacon.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Beacon.slnx not found above " + AppContext.BaseDirectory);
    }
}
