using Beacon.Data;
using Beacon.Data.Risks;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Demo;

/// <summary>
/// Two directorate risks against the demo framework's objectives (seed 001 names the register but prints none): one
/// high, owned by the demo lead officer (AMc), one low. Invented for the demo.
/// </summary>
internal static class RisksDemo
{
    public static async Task SeedAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Risks.AnyAsync(cancellationToken))
        {
            return;
        }

        db.Risks.AddRange(
            new DirectorateRisk
            {
                Reference = "CFS1-R1",
                ObjectiveReference = "CFS1",
                Title = "Sufficiency of local foster placements",
                OwnerInitials = "AMc",
                Cause = "Rising numbers of children looked after",
                Event = "Too few local foster placements for the children who need them",
                Effect = "Children placed out of the borough, away from school and family, at higher cost",
                Controls = "Foster carer recruitment campaign; weekly placement panel; commissioning framework with neighbours",
                InherentLikelihood = 4,
                InherentImpact = 4,
                ResidualLikelihood = 3,
                ResidualImpact = 4,
                TargetLikelihood = 2,
                TargetImpact = 3,
                ReviewOn = new DateOnly(2013, 9, 30),
            },
            new DirectorateRisk
            {
                Reference = "LAS1-R1",
                ObjectiveReference = "LAS1",
                Title = "School places for the September intake",
                OwnerInitials = "SN",
                Cause = "Housing growth in the north of the borough",
                Event = "Too few primary places in the planning area",
                Effect = "Parents' preferences not met; children travelling further",
                Controls = "Annual place planning with schools; expansion programme",
                InherentLikelihood = 3,
                InherentImpact = 3,
                ResidualLikelihood = 1,
                ResidualImpact = 3,
                TargetLikelihood = 1,
                TargetImpact = 3,
                ReviewOn = new DateOnly(2014, 3, 31),
            }
        );
        await db.SaveChangesAsync(cancellationToken);
    }
}
