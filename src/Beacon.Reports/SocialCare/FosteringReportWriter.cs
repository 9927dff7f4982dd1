using System.Globalization;
using System.Text;
using Beacon.Domain.Documents;
using Beacon.Domain.SocialCare;
using Beacon.Reports.Docx;
using static Beacon.Reports.Docx.DocxParts;
using static Beacon.Reports.Html.HtmlReport;

namespace Beacon.Reports.SocialCare;

/// <summary>The Fostering Service Quarterly Report for the committee, as Word and as a web page, from the quarter's return.</summary>
public static class FosteringReportWriter
{
    private static readonly string[] ActionHeaders = ["Priority", "Progress this quarter", "Lead officer", "Target date"];

    /// <summary>The quarter as the committee writes it, e.g. Q1 2013/14.</summary>
    public static string QuarterName(FosteringQuarter quarter)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        return Domain.Periods.FinancialQuarter.Parse(quarter.Quarter) is { Succeeded: true } parsed
            ? parsed.Value.DisplayName
            : quarter.Quarter;
    }

    /// <summary>The report's sections: a heading, its rows of label and figure, and the service's words where it gave some.</summary>
    public static IReadOnlyList<FosteringReportSection> Sections(FosteringQuarter q)
    {
        ArgumentNullException.ThrowIfNull(q);
        var english = CultureInfo.GetCultureInfo("en-GB");
        string N(int n) => n.ToString("N0", english);
        string Pounds(decimal p) => p.ToString("£#,0;-£#,0;£0", english);
        var sections = new List<FosteringReportSection>();
        if (q.Staffing is { } staffing)
        {
            sections.Add(
                new(
                    "Staffing",
                    [
                        ("Posts in the fostering team", N(staffing.Posts)),
                        ("Posts vacant", N(staffing.Vacancies)),
                        ("Agency workers covering", N(staffing.AgencyWorkers)),
                    ],
                    staffing.Changes
                )
            );
        }

        sections.AddRange([
            new(
                "Carers and placements",
                [
                    ("Approved foster carers", N(q.Carers)),
                    ("Approved fostering households", N(q.Households)),
                    ("Households unavailable or on hold", N(q.HouseholdsOnHold)),
                    ("Children placed", N(q.ChildrenPlaced)),
                    ("Net change in carers this quarter", q.NetChangeInCarers.ToString("+#,0;-#,0;0", english)),
                ]
            ),
            new(
                "Recruitment",
                [
                    ("Initial enquiries", N(q.Enquiries)),
                    .. q.EnquiriesBySource.Select(e => ($"  from {e.What}", N(e.Count))),
                    ("Information packs sent", N(q.InformationPacks)),
                    ("Initial visits", N(q.InitialVisits)),
                    ("Of these, proceeded", N(q.Proceeded)),
                    ("Attended the preparation group", N(q.PreparationGroupAttended)),
                    ("Waiting for a preparation group", N(q.WaitingForPreparationGroup)),
                    ("Assessments in progress", N(q.AssessmentsInProgress)),
                    ("Approvals", N(q.Approvals)),
                    ("Resignations", N(q.Resignations.Sum(r => r.Count))),
                    .. q.Resignations.Select(r => ($"  {r.What}", N(r.Count))),
                ]
            ),
        ]);
        if (q.Supervision is { } supervision)
        {
            sections.Add(
                new(
                    "Supervision of carers",
                    [
                        (
                            "Visited by their supervising social worker within six weeks",
                            $"{N(supervision.VisitedWithinSixWeeks)} of {N(q.Carers)}"
                        ),
                        ("Formal supervision within three months", $"{N(supervision.SupervisedWithinThreeMonths)} of {N(q.Carers)}"),
                    ],
                    supervision.Support
                )
            );
        }

        sections.Add(
            new("Panel activity", [("Panel meetings", N(q.PanelMeetings)), .. q.PanelRecommendations.Select(r => (r.What, N(r.Count)))])
        );
        if (q.FamilyFinding is { } finding)
        {
            sections.Add(
                new(
                    "Family finding",
                    [
                        ("Children needing a long-term foster placement", N(finding.ChildrenNeedingLongTermPlacement)),
                        ("Matched with long-term carers this quarter", N(finding.ChildrenMatched)),
                        ("Family finding meetings", N(finding.FamilyFindingMeetings)),
                        ("Child appreciation days", N(finding.ChildAppreciationDays)),
                    ],
                    finding.Notes
                )
            );
        }

        if (q.Finance is { } finance)
        {
            sections.Add(
                new(
                    "Financial state",
                    [
                        ("Budget for the year", Pounds(finance.Budget)),
                        ("Forecast outturn", Pounds(finance.ForecastOutturn)),
                        (finance.Variance > 0 ? "Forecast overspend" : "Forecast underspend", Pounds(Math.Abs(finance.Variance))),
                    ],
                    finance.Commentary
                )
            );
        }

        return sections;
    }

    public static void WriteDocx(string authority, FosteringQuarter quarter, DateOnly date, Stream output)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        var frame = new DocumentFrame(
            authority,
            $"Fostering Service Quarterly Report, {QuarterName(quarter)}",
            date,
            ProtectiveMarking.Official
        );
        using var document = DocxParts.Create(output, frame, out var body);
        body.Append(Heading($"Fostering Service Quarterly Report, {QuarterName(quarter)}", 1));
        body.Append(Text($"{authority}. For the Children's Services Committee (Fostering Services National Minimum Standard 25.7)."));
        foreach (var (heading, rows, note) in Sections(quarter))
        {
            body.Append(Heading(heading, 2));
            body.Append(Table(["", "Figure"], rows.Select(r => new[] { Cell(r.Label), Cell(r.Figure, right: true) })));
            if (note is not null)
            {
                body.Append(Text(note));
            }
        }

        body.Append(Heading("Training delivered", 2));
        foreach (var course in quarter.TrainingDelivered)
        {
            body.Append(Text("• " + course));
        }

        body.Append(Heading("Appendix 1: Fostering Service action plan", 2));
        body.Append(Table(ActionHeaders, quarter.ActionPlan.Select(a => ActionRow(a).Select(c => Cell(c)).ToArray())));
    }

    private static string[] ActionRow(ActionPlanItem item) => [item.Priority, item.Progress, item.Lead, item.TargetDate ?? ""];

    public static string Html(string authority, FosteringQuarter quarter)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        var html = new StringBuilder();
        Open(html, $"Fostering Service Quarterly Report, {QuarterName(quarter)}");
        html.Append("<h1>")
            .Append(Encode($"Fostering Service Quarterly Report, {QuarterName(quarter)}"))
            .Append("</h1><p>")
            .Append(Encode(authority))
            .Append("</p>");
        foreach (var (heading, rows, note) in Sections(quarter))
        {
            html.Append("<h2>").Append(Encode(heading)).Append("</h2><table><tbody>");
            foreach (var (label, figure) in rows)
            {
                html.Append("<tr><th scope=\"row\">")
                    .Append(Encode(label))
                    .Append("</th><td class=\"num\">")
                    .Append(Encode(figure))
                    .Append("</td></tr>");
            }

            html.Append("</tbody></table>");
            if (note is not null)
            {
                html.Append("<p>").Append(Encode(note)).Append("</p>");
            }
        }

        html.Append("<h2>Training delivered</h2><ul>");
        foreach (var course in quarter.TrainingDelivered)
        {
            html.Append("<li>").Append(Encode(course)).Append("</li>");
        }

        html.Append("</ul><h2>Appendix 1: Fostering Service action plan</h2>");
        Table(html, null, ActionHeaders, quarter.ActionPlan.Select(ActionRow), ActionHeaders.Length);
        return html.Append("</main></body></html>").ToString();
    }
}
