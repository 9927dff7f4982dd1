using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Beacon.Data;

/// <summary>Prepared commands for bulk writes inside an import's transaction, where EF's change tracking would cost too much.</summary>
public static class BulkCommands
{
    public static DbCommand Command(BeaconDbContext db, string sql)
    {
        ArgumentNullException.ThrowIfNull(db);
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction =
            db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A bulk write must run inside the import's transaction.");
        command.CommandText = sql;
        return command;
    }

    /// <summary>
    /// A parameter of a known type: PostgreSQL prepares a statement with its parameters' types, before any row's
    /// values are set, and refuses a parameter that has neither.
    /// </summary>
    public static DbParameter Parameter(DbCommand command, string name, DbType type)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parameter = command.CreateParameter();
        parameter.DbType = type;
        // Named as the SQL names it: Microsoft.Data.Sqlite otherwise looks each one up again under every prefix on
        // every execution, a third of the time of writing 150,000 Annex A rows. Npgsql takes the prefix off.
        parameter.ParameterName = "@" + name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
