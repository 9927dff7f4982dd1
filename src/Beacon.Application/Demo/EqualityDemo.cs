using Beacon.Data;
using Beacon.Data.Equality;
using Beacon.Domain.Equality;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Demo;

/// <summary>
/// The seed's equality impact assessment of the early intervention savings (000, item 5.1, Appendix 2), read from
/// an imperfect transcription as decision 027 records. Its publishing dates are the form's "00/00/00": a draft. The
/// form has no priority column; the demo holds the eCAF action as high priority so that section 5.0 has one to
/// report from Q2 2013/14, the quarter the assessment was carried out.
/// </summary>
internal static class EqualityDemo
{
    public const string Reference = "EIA-EIG-2014-15";

    public static async Task SeedAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        if (await db.EqualityAssessments.AnyAsync(a => a.Reference == Reference, cancellationToken))
        {
            return;
        }

        var programme = await db.SavingsProgrammes.SingleOrDefaultAsync(p => p.Code == DemoSeeder.SavingsProgrammeCode, cancellationToken);
        db.EqualityAssessments.Add(
            new EqualityImpactAssessment
            {
                Reference = Reference,
                Title = "Savings proposals for early intervention services",
                Subject = EqualitySubject.Proposal,
                SavingsProgrammeId = programme?.Id,
                Department = "Child and Adult",
                Division = "Children's Services",
                Section = "Across a number of sections all within Children's Services",
                Owner = "Sally Robinson",
                FunctionOrService = FunctionOrService,
                InformationAvailable = InformationAvailable,
                InformationGaps = InformationGaps,
                ImpactSummary = ImpactSummary,
                Outcome = EqualityOutcome.NoMajorChange,
                OutcomeJustification =
                    "This assessment shows that there is no potential for discrimination or adverse impact on any specific group of children, young people and families. All opportunities to promote equality have been taken. Services will continue to be available for children, young people and families who are vulnerable.",
                AssessedOn = new DateOnly(2013, 9, 1),
                Impacts = [.. Enum.GetValues<ProtectedCharacteristic>().Select(Impact)],
                Actions =
                [
                    Action(
                        1,
                        "Continue to monitor the needs of children and their families to analyse trends",
                        "Danielle Swainston",
                        "Quarterly review",
                        "Report produced"
                    ),
                    Action(
                        2,
                        "Monitor the services' response to identified need to understand if services are meeting needs of all groups of children and families",
                        "Danielle Swainston",
                        "Quarterly report",
                        "Evaluation report produced and shared with Head of Service and partners"
                    ),
                    Action(
                        3,
                        "Implement eCAF to ensure that children's progress and outcomes can be tracked across services",
                        "Danielle Swainston",
                        "Sept 2014",
                        "eCAF being used by internal staff; eCAF being used by external partners; children's progress being able to be tracked",
                        highPriority: true
                    ),
                    Action(
                        4,
                        "Develop process for capturing impact of early intervention family support services",
                        "John Robinson",
                        "April 2014",
                        "Able to monitor impact of family support work"
                    ),
                ],
            }
        );
        await db.SaveChangesAsync(cancellationToken);
    }

    // The form ticks age, disability, race, gender (sex), sexual orientation, and pregnancy and maternity; the impact
    // on age and disability is what its "What is the impact" says of them.
    private static EqualityCharacteristicImpact Impact(ProtectedCharacteristic characteristic) =>
        new()
        {
            Characteristic = characteristic,
            Relevant =
                characteristic
                    is ProtectedCharacteristic.Age
                        or ProtectedCharacteristic.Disability
                        or ProtectedCharacteristic.Race
                        or ProtectedCharacteristic.Sex
                        or ProtectedCharacteristic.SexualOrientation
                        or ProtectedCharacteristic.PregnancyAndMaternity,
            Impact = characteristic switch
            {
                ProtectedCharacteristic.Age =>
                    "The removal of the speech and language contract may affect younger children, as it focuses on under 5s; family support workers have been trained to identify speech, language and communication issues. All age groups continue to have provision across the town.",
                ProtectedCharacteristic.Disability =>
                    "The reduction of Short Breaks funding was proposed after consultation with parents of children with disabilities; direct work with children with disabilities and their families continues.",
                ProtectedCharacteristic.Race
                or ProtectedCharacteristic.Sex
                or ProtectedCharacteristic.SexualOrientation
                or ProtectedCharacteristic.PregnancyAndMaternity => "No adverse impact identified.",
                _ => null,
            },
        };

    private static EqualityAction Action(
        int position,
        string action,
        string officer,
        string byWhen,
        string evaluation,
        bool highPriority = false
    ) =>
        new()
        {
            Position = position,
            Action = action,
            ResponsibleOfficer = officer,
            ByWhen = byWhen,
            Evaluation = evaluation,
            HighPriority = highPriority,
        };

    private const string FunctionOrService = """
        The Early Intervention Strategy and the delivery of the services were realigned to create an Early Intervention Hub, which provided a single point of access for children, young people and families (and vulnerable adults); a locality model incorporating children's centres; a Youth Support Service; and a range of universal and targeted services commissioned from the voluntary sector to underpin the delivery of services, as follows:
        Speech and Language Services;
        Substance Misuse Services for Young People – provider Hyped;
        Mentoring – provider Headland Future;
        Parenting – provider Action for Children;
        Activities for Children and Young People (5 – 19) – a consortium of local voluntary organisations led by West View Project;
        Domestic Violence Services – provider Harbour (contribution to a corporate contract).
        In September 2012 local authorities were notified of significant cuts to the Early Intervention Grant. For Hartlepool this amounted to £1.52m in 2013/14 and 2014/15. This impact assessment covers the savings proposed to meet it.
        """;

    private const string InformationAvailable = """
        The strategy has been in place for just over a year, therefore outcomes are difficult to evidence over such a short timeframe. An evaluation of the strategy has been carried out which includes:
        Levels of need in each service area;
        Numbers of children, young people and families that have accessed the services;
        Numbers of children, young people and families being referred to the services;
        Numbers of children, young people and families that complete the programmes;
        Numbers of children, young people and families that can show improved outcomes;
        Numbers of children, young people and families stepped up to specialist services;
        Children's centres registration and accessing services data (including postcodes) and whether vulnerable groups access them;
        Outcomes achieved;
        Feedback from service users;
        Consultation with commissioned services providers;
        Contract monitoring information;
        Consultation with the Parent Led Forum;
        Consultation with partners – education, health.
        """;

    private const string InformationGaps = """
        The information gathered is rigorous although there are some gaps in information which include:
        Being able to track children through early intervention into specialist services (this is being addressed with the introduction of the eCAF system which can track a child's journey from early intervention to social care);
        Outcome information, as data sets are a year out of date; outcomes data will need to be captured next year to show whether there has been impact;
        One Stop Shop data has only been gathered since December 2012, therefore analysis is limited; it will need to be analysed at the end of this year when a full year's data can be seen;
        Commissioned services have been asked to collect their data using postcodes and identifying vulnerable groups. One provider has found this difficult to do and work is ongoing to ensure that this information is provided;
        There may be double counting across commissioned services and youth services, as the current systems do not share individual children and young people's information and just capture numbers (it is proposed that work is carried out with the providers to develop information sharing processes to allow this to happen);
        Family support impact information is currently difficult to quantify apart from those that were referred to social care (work is ongoing to explore how this can be achieved).
        """;

    private const string ImpactSummary = """
        There are no proposals that adversely affect any of the strands highlighted above. The proposals within this savings report focus on areas that do not have a significant effect on direct work with children.
        The proposals for the reduction of funding for Short Breaks have been proposed after consultation with parents of children with disabilities. The proposed changes ensure that direct work with children with disabilities and their families is continued.
        The proposals for changes within the Youth Support Service will have some impact on young people accessing certain provision but young people will still be able to continue to access youth provision across the town, therefore the impact is limited.
        The proposals highlight the removal of the speech and language contract which potentially may affect younger children as the contract focuses on under 5s. However, work has been undertaken over the last year to train all family support workers to understand how to identify speech, language and communication issues and to support children and families when concerns arise. Locality staff continue to work with health services to ensure that children are supported as early as possible.
        The proposals ensure that all age groups of children continue to have provision which is available across the town.
        """;
}
