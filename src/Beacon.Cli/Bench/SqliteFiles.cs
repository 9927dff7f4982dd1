namespace Beacon.Cli.Bench;

/// <summary>A benchmark's SQLite database removed with its write-ahead log, so that the next run starts from nothing.</summary>
internal static class SqliteFiles
{
    public static void Delete(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(path + suffix);
        }
    }
}
