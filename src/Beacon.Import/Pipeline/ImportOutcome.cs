using Beacon.Data.Imports;

namespace Beacon.Import.Pipeline;

/// <summary>How an import ended: written and recorded, or rejected with the database untouched.</summary>
public sealed record ImportOutcome(ImportRun? Run, ImportErrors Errors)
{
    public bool Succeeded => Run is not null;
}
