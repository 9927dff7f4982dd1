using Beacon.Data.Audit;
using Beacon.Domain.Savings;

namespace Beacon.Data.Savings;

/// <summary>A cost centre of a savings schedule: its budget and its numbered options.</summary>
[Audited("SavingsCostCentre")]
public class SavingsCostCentre
{
    public int Id { get; set; }

    public int ProgrammeId { get; set; }

    /// <summary>Its place in the schedule, as the file gave it.</summary>
    public int Position { get; set; }

    /// <summary>The ledger code, e.g. 227310000, where the schedule gives one.</summary>
    public string? Code { get; set; }

    public string Heading { get; set; } = "";

    public decimal Employees { get; set; }

    public decimal Other { get; set; }

    public decimal Recharges { get; set; }

    public decimal Reserves { get; set; }

    public decimal Income { get; set; }

    public long ImportRunId { get; set; }

    public List<SavingOption> Options { get; set; } = [];

    public CostCentreBudget Budget => new(Employees, Other, Recharges, Reserves, Income);
}
