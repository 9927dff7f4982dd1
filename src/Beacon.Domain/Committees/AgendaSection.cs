namespace Beacon.Domain.Committees;

/// <summary>
/// The parts of an agenda in the order the council sets them out (seed 000): the business of every meeting, the
/// items by kind of decision, urgent business, then the exempt items after the Schedule 12A resolution. The
/// number is the item's first figure (5.1 is the first key decision).
/// </summary>
public enum AgendaSection
{
    Apologies = 1,
    Declarations = 2,
    Minutes = 3,
    BudgetAndPolicyFramework = 4,
    KeyDecisions = 5,
    OtherDecisions = 6,
    ForInformation = 7,
    UrgentBusiness = 8,
    ExemptItems = 10,
}

public static class AgendaSections
{
    public static string Heading(this AgendaSection section) =>
        section switch
        {
            AgendaSection.Apologies => "Apologies for absence",
            AgendaSection.Declarations => "To receive any declarations of interest by members",
            AgendaSection.Minutes => "Minutes",
            AgendaSection.BudgetAndPolicyFramework => "Budget and policy framework items",
            AgendaSection.KeyDecisions => "Key decisions",
            AgendaSection.OtherDecisions => "Other items requiring decision",
            AgendaSection.ForInformation => "Items for information",
            AgendaSection.UrgentBusiness => "Any other business which the chair considers urgent",
            _ => "Exempt items",
        };

    /// <summary>Whether an item of the section has a paper: the business of every meeting (apologies, declarations, minutes, urgent business) has none.</summary>
    public static bool HasPaper(this AgendaSection section) =>
        section is not (AgendaSection.Apologies or AgendaSection.Declarations or AgendaSection.Minutes or AgendaSection.UrgentBusiness);

    /// <summary>An item's number in the seeds' form: its section, then its place in the section (6.2).</summary>
    public static string Number(this AgendaSection section, int position) => FormattableString.Invariant($"{(int)section}.{position}");
}
