using Beacon.Application.Committees;
using Beacon.Data;
using Beacon.Data.Committees;
using Beacon.Domain.Access;
using Beacon.Domain.Committees;
using Beacon.Domain.Governance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using static Beacon.Application.Committees.AgendaEditor;

namespace Beacon.Application.Demo;

/// <summary>
/// The committees of the seeds: Hartlepool's Children's Services Committee of 1 October 2013 (seed 000) with its
/// agenda, papers built from Beacon's reports and minutes; Rotherham's Improving Lives Select Commission and its
/// 2014/15 work programme (seed 002); and the instrument of government of 18 September 2018 (seed 003).
/// </summary>
internal static class CommitteesDemo
{
    public const string ChildrensServices = "Children's Services Committee";

    public const string ImprovingLives = "Improving Lives Select Commission";

    private static readonly string[] HartlepoolCouncillors = ["Atkinson", "Fleet", "Griffin", "Hill", "James", "Lauderdale"];

    private static readonly string[] RotherhamCouncillors =
    [
        "Ali",
        "Astbury",
        "Buckley",
        "Burton",
        "Clark",
        "Dodson",
        "Lelliott",
        "Reynolds",
        "Roddison",
        "Turner",
    ];

    // The report template of the seeds' papers (000 and 003), after the type of decision.
    private static readonly (string Heading, string WhenEmpty)[] Template =
    [
        ("Purpose of report", ""),
        ("Background", ""),
        ("Proposals", "There are no proposals."),
        ("Risk implications", "There are no risk implications."),
        ("Financial considerations", "There are no financial considerations."),
        ("Legal considerations", "There are no legal considerations."),
        ("Child and family poverty considerations", "There are no child and family poverty considerations."),
        ("Equality and diversity considerations", "There are no equality and diversity considerations."),
        ("Section 17 of the Crime and Disorder Act 1998 considerations", "There are no Section 17 considerations."),
        ("Staff considerations", "There are no staff considerations."),
        ("Asset management considerations", "There are no asset management considerations."),
    ];

    public static async Task SeedAsync(BeaconDbContext db, BeaconSiteOptions site, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.Committees.AnyAsync(cancellationToken))
        {
            return;
        }

        db.ReportTemplate.AddRange(
            Template.Select(
                (t, i) =>
                    new ReportTemplateSection
                    {
                        Position = i + 1,
                        Heading = t.Heading,
                        WhenEmpty = t.WhenEmpty,
                    }
            )
        );
        var councillor = DemoSeeder.UserNameFor(BeaconRole.Councillor);
        var hartlepool = new Committee
        {
            Name = ChildrensServices,
            TermsOfReference =
                "Decisions on children's services within the budget and policy framework: schools, early help, children's social care, fostering and adoption, and the local authority's school improvement functions.",
            Members =
            [
                new()
                {
                    Name = "Simmons",
                    Role = MemberRole.Chair,
                    UserName = councillor,
                },
                .. HartlepoolCouncillors.Select(n => new CommitteeMember { Name = n, Role = MemberRole.Councillor }),
                new() { Name = "Sacha Paul Bedding", Role = MemberRole.CoOpted },
                new() { Name = "Michael Lee", Role = MemberRole.CoOpted },
                .. Enumerable
                    .Range(1, 6)
                    .Select(i => new CommitteeMember
                    {
                        Name = $"Young people's representative {i}",
                        Role = MemberRole.YoungPeoplesRepresentative,
                    }),
            ],
        };
        var rotherham = new Committee
        {
            Name = ImprovingLives,
            IsScrutiny = true,
            Theme = "Safeguarding",
            ItemsPerMeeting = 3,
            TermsOfReference =
                "Overview and scrutiny, as directed by the Overview and Scrutiny Management Board, of the 'Every Child Matters' agenda; early help and prevention; other cross-cutting services for children and young people; employment and skills; non-health related adult social care.",
            Members =
            [
                new()
                {
                    Name = "Russell",
                    Role = MemberRole.Chair,
                    UserName = councillor,
                },
                new() { Name = "Ahmed", Role = MemberRole.ViceChair },
                .. RotherhamCouncillors.Select(n => new CommitteeMember { Name = n, Role = MemberRole.Councillor }),
                new() { Name = "Mrs. Jones", Role = MemberRole.CoOpted },
                new() { Name = "Mr. Smith", Role = MemberRole.CoOpted },
            ],
        };
        db.Committees.AddRange(
            hartlepool,
            rotherham,
            new Committee { Name = "Cabinet", TermsOfReference = "The executive's key decisions." }
        );
        db.ForwardPlan.Add(
            new ForwardPlanEntry
            {
                Reference = "CAS013/13",
                Decision = "Savings proposals for early intervention services",
                DecisionMaker = ChildrensServices,
                DecisionDate = new DateOnly(2013, 10, 1),
                Documents =
                    "Report of the Assistant Director, Children's Services; Appendix 1 savings spreadsheet; Appendix 2 equality impact assessment",
            }
        );
        db.Instruments.Add(
            new GoverningBodyInstrument
            {
                School = "Rift House Primary School",
                Category = SchoolCategory.Community,
                ParentGovernors = 2,
                LocalAuthorityGovernors = 1,
                StaffGovernors = 1,
                Headteacher = 1,
                CoOptedGovernors = 7,
                ParentTermYears = 2,
                TakesEffect = new DateOnly(2018, 9, 18),
                MadeBy = "Hartlepool Local Authority",
            }
        );
        await db.SaveChangesAsync(cancellationToken);

        var recorder = new MeetingRecorder(db, Options.Create(site), clock);
        var september = Meeting(hartlepool, new DateTime(2013, 9, 3, 16, 0, 0));
        september.Items.Add(Business(AgendaSection.Apologies, "Apologies for absence"));
        september.Items.Add(Business(AgendaSection.Declarations, "Declarations of interest"));
        september.Items.Add(Business(AgendaSection.Minutes, "Minutes of the meeting held on 23 July 2013"));
        var october = OctoberMeeting(hartlepool);
        var november = Meeting(hartlepool, new DateTime(2013, 11, 5, 16, 0, 0));
        november.Items.Add(Business(AgendaSection.Minutes, "To receive the minutes of the meeting held on 1 October 2013"));
        var instrumentMeeting = Meeting(hartlepool, new DateTime(2018, 9, 18, 16, 0, 0));
        instrumentMeeting.Items.Add(InstrumentItem(await db.Instruments.Select(i => i.Id).FirstAsync(cancellationToken)));
        db.Meetings.AddRange([september, october, november, instrumentMeeting, .. RotherhamMeetings(rotherham)]);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var meeting in new[] { september, october, instrumentMeeting })
        {
            var published = await recorder.PublishAsync(meeting.Id, "demo-democratic-services", cancellationToken);
            if (!published.Succeeded)
            {
                throw new InvalidOperationException(
                    $"The demo meeting of {meeting.StartsAt:d} could not be published: {published.Problem!.Message}"
                );
            }
        }

        await recorder.NumberMinutesAsync(september.Id, firstNumber: 19, cancellationToken: cancellationToken);
        await recorder.NumberMinutesAsync(october.Id, cancellationToken: cancellationToken);
        await RecordOctoberMinutesAsync(db, recorder, october, cancellationToken);
        await recorder.ApproveMinutesAsync(september.Id, "demo-democratic-services", cancellationToken);
        db.WorkProgramme.AddRange(RotherhamProgramme(rotherham.Id));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Meeting Meeting(Committee committee, DateTime at) =>
        new()
        {
            CommitteeId = committee.Id,
            // The wall-clock time, kept with UTC kind so that both engines store it as given.
            StartsAt = DateTime.SpecifyKind(at, DateTimeKind.Utc),
            Venue = committee.IsScrutiny ? "Town Hall, Moorgate Street, Rotherham S60 2TH" : "Council Chamber, Civic Centre, Hartlepool",
        };

    private static Meeting OctoberMeeting(Committee committee)
    {
        var meeting = Meeting(committee, new DateTime(2013, 10, 1, 16, 0, 0));
        meeting.Present =
            "Councillor Simmons (In the Chair); Councillors Atkinson, Fleet, Griffin, Hill and Lauderdale. Co-opted Members: Sacha Paul Bedding and Michael Lee.";
        meeting.Apologies = "Councillor James.";
        meeting.Declarations = "None.";
        const string education = "Assistant Director, Education";
        const string childrens = "Assistant Director, Children's Services";
        const string dean =
            "Dean Jackson\nAssistant Director (Education), Child and Adult Services\n(01429) 523736\ndean.jackson@hartlepool.gov.uk";
        const string mark = "Mark Patton\nSenior School Improvement Advisor\n01429 523932\nmark.patton@hartlepool.gov.uk";
        const string sally = "Sally Robinson\nAssistant Director, Children's Services\n01429 523732\nsally.robinson@hartlepool.gov.uk";
        meeting.Items.AddRange([
            Business(AgendaSection.Apologies, "Apologies for absence"),
            Business(AgendaSection.Declarations, "To receive any declarations of interest by members"),
            Business(AgendaSection.Minutes, "To receive the minutes of the meeting held on 3 September 2013 (previously circulated)"),
            Paper(
                AgendaSection.KeyDecisions,
                1,
                "Savings Proposals for Early Intervention Services",
                childrens,
                DecisionType.KeyDecision,
                // Appendix 1, the savings schedule, from the programme imported as a file.
                PaperSource.SavingsProgramme,
                DemoSeeder.SavingsProgrammeCode,
                [
                    (
                        "Purpose of report",
                        "To identify proposals for the delivery of savings in respect of the Early Intervention Grant for consideration in the context of significant cuts to this grant in 2013/14 and 2014/15."
                    ),
                    (
                        "Background",
                        "In December 2011, Cabinet approved the Early Intervention Strategy and the commissioning of services to underpin its delivery.\n\nIn September 2012, local authorities were notified of significant cuts to the Early Intervention Grant. For Hartlepool this amounted to £1.52m in the two years 2013/14 and 2014/15."
                    ),
                    (
                        "Proposals",
                        "The proposals, RAG rated in Appendix 1, total £1,512,209, protecting front line delivery wherever possible. An Equality Impact Assessment is attached at Appendix 2."
                    ),
                    (
                        "Risk implications",
                        "A reduced capacity and flexibility to respond to local need; income targets for the participation team may not be achieved; progress in speech and language development may not be sustained."
                    ),
                    (
                        "Financial considerations",
                        "The report outlines the proposed savings to achieve the £1.52m cuts required in the Early Intervention Grant with effect from 1 April 2014. Around £350,000 of this year's reserve is likely to be unspent and is proposed to be carried forward."
                    ),
                ],
                "That Children's Services Committee consider the proposals for savings outlined in this report and approves the savings programme to manage the cuts to the Early Intervention Grant.\nThat Children's Services Committee refer this report to Finance and Policy Committee with their comments for approval of the savings programme and carry forward of the unused Early Intervention Grant Reserves of £350,000.\nThat Children's Services Committee refer the decision on discontinuing the early intervention speech and language contract to the Health and Wellbeing Board.",
                "The report forms part of the Medium Term Financial Strategy.",
                "Early Intervention Strategy December 2011; Department for Education 'More Affordable Childcare' 2013; Children Act 1989; Childcare Act 2006.",
                sally,
                forwardPlan: "CAS013/13"
            ),
            Paper(
                AgendaSection.OtherDecisions,
                1,
                "OFSTED Inspections of Local Authority Arrangements for Supporting School Improvement",
                education,
                DecisionType.NonKey,
                PaperSource.Written,
                null,
                [
                    (
                        "Purpose of report",
                        "To update members on the recently introduced OFSTED inspections of local authority arrangements for supporting school improvement and to make members aware of their potential involvement in the inspection."
                    ),
                ],
                "It is recommended that Children's Services Committee members note the contents of this report and the attached appendices.\nIt is also recommended that members highlight areas where they feel that additional information is needed to prepare them for any future meeting with an OFSTED inspection team.",
                null,
                null,
                dean
            ),
            Paper(
                AgendaSection.OtherDecisions,
                2,
                "Vulnerable Schools and Schools Causing Concern",
                education,
                DecisionType.NonKey,
                PaperSource.TermlyCategorisation,
                "1",
                [
                    (
                        "Purpose of report",
                        "To present the updated 'Schools Causing Concern: Support and Challenge Protocol' and this term's categorisation of the authority's schools, from Beacon's termly review."
                    ),
                    (
                        "Background",
                        "The provisions in Part 4 of the Education and Inspections Act 2006 place a responsibility upon a Local Authority to identify any of its schools that are causing concern and to act accordingly to bring about improvement."
                    ),
                ],
                "To note the contents of this report and agree to the implementation of the updated processes for supporting and challenging schools to further improve.",
                null,
                "Children and Community Services Portfolio Decision Record 23rd October 2012; OFSTED Framework for the Inspection of Local Authority Support for School Improvement ref: OFSTED 130040.",
                dean,
                exemptPart: 1
            ),
            Paper(
                AgendaSection.ForInformation,
                1,
                "OFSTED Inspection Outcomes: March-July 2013",
                "Senior School Improvement Advisor",
                DecisionType.ForInformation,
                PaperSource.OfstedOutcomes,
                "2013-03-01..2013-07-31",
                [
                    (
                        "Purpose of report",
                        "To provide a summary of the outcomes of Ofsted inspections of schools in the period March-July 2013.\n\nTo provide a summary of the proportion of good and outstanding schools at the end of the academic year 2012-13."
                    ),
                ],
                "Committee to note the contents of this summary report.",
                null,
                "None.",
                mark
            ),
            Paper(
                AgendaSection.ForInformation,
                2,
                "Fostering Service Quarterly Report",
                childrens,
                DecisionType.ForInformation,
                PaperSource.FosteringQuarter,
                "2013-Q1",
                [
                    (
                        "Purpose of report",
                        "To provide the Committee with information relating to the activity of the Fostering Service for the first quarter of 2013/14. The fostering service is a regulated service and as such there is a requirement to provide the executive side of the Council with performance information on a quarterly basis."
                    ),
                ],
                "Children's Services Committee is asked to note the report in relation to the work of the Fostering Service in the first quarter of 2013/14.",
                "The Fostering Service is required to provide regular reports to the Committee to enable it to satisfy itself that the agency is complying with the conditions of its registration (National Minimum Standard 25.7).",
                "Fostering National Minimum Standards 2011; Fostering Regulations 2011; Fostering Annual Report 2012/2013.",
                "Christine Croft\nTeam Manager, Fostering and Adoption\n01429 287216"
            ),
            Paper(
                AgendaSection.ForInformation,
                3,
                "Pupil Achievement Summary 2013 (Provisional)",
                education,
                DecisionType.ForInformation,
                PaperSource.AchievementSummary,
                "E06000001;201213",
                [
                    (
                        "Purpose of report",
                        "To provide a summary of pupil achievement outcomes from public examinations 2012-13, and to indicate any significant trends."
                    ),
                ],
                "Committee to note the contents of this summary report and its associated presentation.",
                null,
                "None.",
                mark
            ),
            Business(AgendaSection.UrgentBusiness, "Any other business which the chair considers urgent"),
            Paper(
                AgendaSection.ExemptItems,
                1,
                "Staffing changes in the fostering service",
                childrens,
                DecisionType.ForInformation,
                PaperSource.Written,
                null,
                [
                    (
                        "Purpose of report",
                        "To inform members of the secondment of a named supervising social worker to the family finding post and the arrangements for covering her caseload (fictional)."
                    ),
                ],
                "That the Committee note the staffing arrangements.",
                null,
                null,
                sally,
                exempt: 1
            ),
        ]);
        return meeting;
    }

    private static AgendaItem Paper(
        AgendaSection section,
        int position,
        string title,
        string reportOf,
        DecisionType type,
        PaperSource source,
        string? parameters,
        (string Heading, string Text)[] sections,
        string recommendations,
        string? reasons,
        string? background,
        string contact,
        string? forwardPlan = null,
        int? exempt = null,
        int? exemptPart = null
    ) =>
        new()
        {
            Section = section,
            Position = position,
            Title = title,
            ReportOf = reportOf,
            DecisionType = type,
            ForwardPlanReference = forwardPlan,
            Source = source,
            SourceParameters = parameters,
            ExemptParagraph = exempt,
            ExemptPartParagraph = exemptPart,
            Recommendations = recommendations,
            ReasonsForRecommendations = reasons,
            BackgroundPapers = background,
            ContactOfficer = contact,
            Sections =
            [
                .. sections.Select(
                    (s, i) =>
                        new PaperSection
                        {
                            Position = i + 1,
                            Heading = s.Heading,
                            Text = s.Text,
                        }
                ),
            ],
        };

    private static AgendaItem InstrumentItem(int instrumentId) =>
        Paper(
            AgendaSection.OtherDecisions,
            1,
            "Reconstitution of Governing Body of Rift House Primary School",
            "Director of Children's and Joint Commissioning Services",
            DecisionType.NonKey,
            PaperSource.InstrumentOfGovernment,
            instrumentId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [
                (
                    "Purpose of report",
                    "To seek approval of the Children's Services Committee to the reconstitution of the Governing Body and the Instrument of Government of Rift House Primary School in accordance with the School Governance (Constitution) (England) Regulations 2012 as amended."
                ),
                (
                    "Proposals",
                    "The revised constitution increases the number of Co-opted Governors from five to seven whilst numbers in all other categories remain the same: 2 Parent Governors, 1 Local Authority Governor, 1 Staff Governor, 1 Headteacher and 7 Co-opted Governors; 12 in all."
                ),
            ],
            "Committee is recommended to approve the reconstitution of the governing body of Rift House Primary School and the revised Instrument of Government set out in Appendix 1.",
            "The reconstitution proposals will improve the effectiveness of the Governing Body and are in line with the requirements of current governance legislation and guidance.",
            "There are no background papers.",
            "Ann Turner\nGovernors Support Manager\n523766\nann.turner@hartlepool.gov.uk"
        );

    private static async Task RecordOctoberMinutesAsync(
        BeaconDbContext db,
        MeetingRecorder recorder,
        Meeting october,
        CancellationToken cancellationToken
    )
    {
        const string clerk = "demo-democratic-services";
        var items = october.Items.ToDictionary(i => i.Number);
        items["5.1"].MinuteText =
            "The Assistant Director, Children's Services presented the proposals for savings of £1,512,209 in the Early Intervention Grant. Members discussed the effect on the speech and language service.";
        items["7.2"].MinuteText = "Members welcomed the recruitment to the two vacant posts in the fostering team.";
        items["10.1"].MinuteText = "Members were told how the fostering team's supervision is covered during a secondment.";
        await db.SaveChangesAsync(cancellationToken);
        (string Item, string Text)[] resolutions =
        [
            ("3.1", "That the minutes of the meeting held on 3 September 2013 be confirmed."),
            ("5.1", "That the savings programme to manage the cuts to the Early Intervention Grant be approved."),
            (
                "5.1",
                "That the report be referred to Finance and Policy Committee with the Committee's comments, with the carry forward of £350,000 of unused Early Intervention Grant reserves."
            ),
            (
                "5.1",
                "That the decision on discontinuing the early intervention speech and language contract be referred to the Health and Wellbeing Board."
            ),
            ("6.1", "That the report be noted and members identify the further information they need before an inspection."),
            ("6.2", "That the updated Support and Challenge Protocol be implemented from the Autumn term 2013."),
            ("7.1", "That the report be noted."),
            ("7.2", "That the report be noted."),
            ("7.3", "That the report and its presentation be noted."),
            ("10.1", "That the staffing arrangements be noted."),
        ];
        foreach (var (number, text) in resolutions)
        {
            var resolved = await recorder.ResolveAsync(items[number].Id, text, clerk, cancellationToken);
            if (number == "5.1" && resolved.Value.Number == 2)
            {
                resolved.Value.Actions.Add(
                    new ResolutionAction
                    {
                        Description = "Refer the savings programme to Finance and Policy Committee",
                        Owner = "Sally Robinson",
                        DueOn = new DateOnly(2013, 10, 31),
                    }
                );
            }

            if (number == "6.1")
            {
                resolved.Value.Actions.Add(
                    new ResolutionAction
                    {
                        Description = "Arrange a members' briefing on the inspection of school improvement arrangements",
                        Owner = "Dean Jackson",
                        DueOn = new DateOnly(2013, 11, 5),
                    }
                );
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static IEnumerable<Meeting> RotherhamMeetings(Committee rotherham)
    {
        var april = Meeting(rotherham, new DateTime(2014, 4, 30, 13, 30, 0));
        april.Present =
            "Councillor G. A. Russell (in the Chair); Councillors Ali, Clark, Dodson, Lelliott, License, Read, Roddison and Sharman and Co-opted Member Ms. J. Jones.";
        april.Apologies = "Councillors Buckley, Burton, J. Hamilton and Kaye and Co-opted Member Mr. M. Smith.";
        april.Declarations = "No Declarations of Interest were made.";
        april.Items.AddRange([
            Business(AgendaSection.ForInformation, "School Performance", 1),
            Business(AgendaSection.ForInformation, "Impact of the Pupil Premium", 2),
            Business(AgendaSection.ForInformation, "Consultation on the Government's Child Poverty Strategy", 3),
        ]);
        var june = Meeting(rotherham, new DateTime(2014, 6, 11, 13, 30, 0));
        june.Items.AddRange([
            Business(AgendaSection.ForInformation, "Improving Lives Select Commission: work programme 2014/2015", 1),
            Business(
                AgendaSection.ForInformation,
                "Ofsted Inspection readiness: children in need of help and protection, children looked after and care leavers",
                2
            ),
        ]);
        return [april, june, Meeting(rotherham, new DateTime(2014, 7, 9, 13, 30, 0))];
    }

    // Seed 002, Appendix A: the 2014/15 work programme, with the theme of safeguarding.
    private static IEnumerable<WorkProgrammeTopic> RotherhamProgramme(int committeeId)
    {
        WorkProgrammeTopic Topic(string subject, DateOnly? on, TopicStatus status = TopicStatus.Scheduled, string? note = null) =>
            new()
            {
                CommitteeId = committeeId,
                MunicipalYear = 2014,
                Subject = subject,
                PlannedFor = on,
                Status = on is null && status == TopicStatus.Scheduled ? TopicStatus.ToSchedule : status,
                Lead = "Caroline Webb, Senior Scrutiny Adviser",
                Note = note,
            };
        return
        [
            Topic(
                "OFSTED Inspection Readiness: Children in need of help and protection, children looked after and care leavers",
                new(2014, 6, 11),
                TopicStatus.Done
            ),
            Topic("Children running away from care and home", new(2014, 7, 9)),
            Topic("The impact of neglect on children and young people", new(2014, 7, 9)),
            Topic("Historic Review: CSE Services in Rotherham", new(2014, 9, 17)),
            Topic("Update on Families for Change", new(2014, 11, 5)),
            Topic("Early Help and Intervention", new(2014, 11, 5)),
            Topic("Progress report: implementation of recommendations from scrutiny review of domestic abuse services", new(2014, 11, 5)),
            Topic("Adult Safeguarding Plan", new(2014, 11, 5)),
            Topic("Neglect: outcomes from peer review. Implications for safeguarding services in Rotherham", new(2014, 12, 17)),
            // Appendix A prints "January 21st 2014"; the programme is for 2014/15, so the meeting is in January 2015.
            Topic("Child Sexual Exploitation: progress report", new(2015, 1, 21)),
            Topic("Multi-Agency Safeguarding Hub: six months on, impact and outcomes", new(2015, 3, 11)),
            Topic("Improving outcomes for Looked After Children", new(2015, 3, 11)),
            Topic("Annual Lifestyle Survey (2014)", new(2015, 4, 15)),
            Topic("Children Missing from Education", null),
            Topic("Rotherham Local Safeguarding Children's Board Annual Safeguarding Report and Business Plan", null),
            Topic(
                "Poverty affecting children and older people",
                null,
                TopicStatus.Absorbed,
                "Absorbed into the Overview and Scrutiny Management Board's work programme (minute 64, 30 April 2014)"
            ),
        ];
    }
}
