using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Beacon.Import.Pipeline;

/// <summary>
/// Failures of the storage under an import that a person can act on (a full disk; a value the database cannot
/// hold), said plainly instead of as a stack trace. Anything else is a fault and is left to propagate.
/// </summary>
public static class StorageProblem
{
    private const int SqliteFull = 13;
    private const int NoSpaceLeftOnDevice = 28;

    /// <summary>What went wrong in words, or null when it is not such a failure.</summary>
    public static string? Describe(Exception exception) =>
        Inner(exception) switch
        {
            SqliteException { SqliteErrorCode: SqliteFull } =>
                "the disk holding the database is full: nothing was imported. Free some space and import the file again",
            PostgresException { SqlState: PostgresErrorCodes.DiskFull } =>
                "the PostgreSQL server's disk is full: nothing was imported. Ask its administrator to free space, then import the file again",
            PostgresException { SqlState: PostgresErrorCodes.ProgramLimitExceeded } =>
                "a value is too long for the database to index: nothing was imported. Check the file for a cell far longer than the rest",
            PostgresException { SqlState: PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter } =>
                "a value holds a character the database cannot store: nothing was imported",
            IOException { HResult: NoSpaceLeftOnDevice } =>
                "the disk is full (no space for the import's working files): nothing was imported. Free some space and import the file again",
            _ => null,
        };

    private static Exception Inner(Exception exception) => exception is DbUpdateException { InnerException: { } inner } ? inner : exception;
}
