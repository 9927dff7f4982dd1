namespace Beacon.Data;

/// <summary>Which database Beacon uses. Bound from the <c>Beacon:Database</c> section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Beacon:Database";

    /// <summary>The embedded file a fresh install uses.</summary>
    public const string DefaultSqliteConnection = "Data Source=data/beacon.db";

    /// <summary><see cref="DatabaseProvider.Sqlite"/> (embedded, the default) or <see cref="DatabaseProvider.Postgres"/>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string ConnectionString { get; set; } = DefaultSqliteConnection;
}

/// <summary>The databases Beacon runs on.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
