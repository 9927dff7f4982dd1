namespace Beacon.Domain.SocialCare;

/// <summary>
/// The practice measures inspectors test, computed from an authority's Annex A lists as at a date: contacts that
/// became referrals, re-referrals, assessment and conference timeliness in working days (the flexible direction's
/// timescales and conference dates honoured), statutory visits to children on plans within 10 working days, children seen alone, repeat plans,
/// placement moves, and care leavers in touch and suitably housed.
/// </summary>
public static class PracticeMeasures
{
    public const int StatutoryVisitDays = 10;

    public const int UnstablePlacements = 3;

    public static IReadOnlyList<PracticeMeasure> Compute(IReadOnlyList<ListRow> rows, DateOnly asAt, FlexibleDirections? flexible = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        IEnumerable<ListRow> List(int n) => rows.Where(r => r.List == n);
        var referred = List(3).Select(r => r.ChildId).ToHashSet();
        var measures = new List<PracticeMeasure>
        {
            new(
                "contact-conversion",
                "Contacts that became referrals",
                true,
                List(1)
                    .Select(c => new MeasuredChild(
                        c.ChildId,
                        referred.Contains(c.ChildId),
                        referred.Contains(c.ChildId) ? "referred" : "not referred",
                        c.Date("Date of Contact")
                    ))
                    .ToList()
            ),
            new(
                "re-referrals",
                "Referrals within 12 months of a previous referral",
                false,
                List(3)
                    .Select(r =>
                        r.Number("Number of Referrals in Last 12 Months") is { } n
                            ? new MeasuredChild(r.ChildId, n > 0, $"{n} referrals in the 12 months before", r.Date("Date of Referral"))
                            : new MeasuredChild(r.ChildId, null, "left out: number of earlier referrals not given")
                    )
                    .ToList()
            ),
            Timed(
                "assessments",
                "Assessments completed within 45 working days",
                Timeliness.AssessmentDays,
                List(4)
                    .Select(r => new TimelinessCase(
                        r.ChildId,
                        r.Date("Continuous Assessment Start Date"),
                        r.Date("Continuous Assessment Date of Authorisation")
                    )),
                asAt,
                flexible?.Assessments
            ),
            Timed(
                "initial-conferences",
                "Section 47 enquiries reaching an initial conference within 15 working days",
                Timeliness.InitialConferenceDays,
                List(5)
                    .Where(r => r.YesNo("Was an Initial Child Protection Conference deemed unnecessary?") != true)
                    .Select(r => new TimelinessCase(
                        r.ChildId,
                        r.Date("Strategy discussion initiating Section 47 Enquiry Start Date"),
                        r.Date("Date of Initial Child Protection Conference")
                    )),
                asAt,
                flexible?.Conferences
            ),
            new(
                "statutory-visits",
                "Children on a plan visited within the last 10 working days",
                true,
                List(7)
                    .Where(r => r.Date("Child Protection Plan End Date") is null)
                    .Select(r =>
                        r.Date("Date of the Last Statutory Visit") is { } visit
                            ? new MeasuredChild(
                                r.ChildId,
                                WorkingDays.Between(visit, asAt) <= StatutoryVisitDays,
                                $"last visited {visit:yyyy-MM-dd}",
                                MissedDue: WorkingDays.Between(visit, asAt) <= StatutoryVisitDays
                                    ? null
                                    : WorkingDays.Add(visit, StatutoryVisitDays)
                            )
                            : new MeasuredChild(r.ChildId, false, "no visit recorded")
                    )
                    .ToList()
            ),
            new(
                "seen-alone",
                "Children on a plan seen alone",
                true,
                List(7)
                    .Select(r => new MeasuredChild(
                        r.ChildId,
                        r.YesNo("Was the Child Seen Alone?"),
                        "seen alone: " + (r.Values.GetValueOrDefault("Was the Child Seen Alone?") ?? "not recorded"),
                        r.Date("Date of the Last Statutory Visit")
                    ))
                    .ToList()
            ),
            new(
                "repeat-plans",
                "Plans that are a second or subsequent plan",
                false,
                List(7)
                    .Select(r =>
                        r.Number("Number of Previous Child Protection Plans") is { } n
                            ? new MeasuredChild(r.ChildId, n > 0, $"{n} previous plans", r.Date("Child Protection Plan Start Date"))
                            : new MeasuredChild(r.ChildId, null, "left out: previous plans not given")
                    )
                    .ToList()
            ),
            new(
                "placement-moves",
                "Children looked after with three or more placements in 12 months",
                false,
                List(8)
                    .Select(r =>
                        r.Number("Number of Placements in the Last 12 months") is { } n
                            ? new MeasuredChild(r.ChildId, n >= UnstablePlacements, $"{n} placements")
                            : new MeasuredChild(r.ChildId, null, "left out: placements not given")
                    )
                    .ToList()
            ),
            new(
                "care-leavers-in-touch",
                "Care leavers the authority is in touch with",
                true,
                List(9).Select(r => Coded(r, "LA in Touch")).ToList()
            ),
            new(
                "care-leavers-suitably-housed",
                "Care leavers in suitable accommodation",
                true,
                List(9).Select(r => Coded(r, "Suitability of Accommodation")).ToList()
            ),
        };
        return measures;
    }

    // A code whose first option, a), is the good answer ("a) Yes", "a) Suitable"); unknown where not given.
    private static MeasuredChild Coded(ListRow row, string column) =>
        row.Values.GetValueOrDefault(column) is { Length: > 0 } value
            ? new MeasuredChild(row.ChildId, value.StartsWith("a)", StringComparison.OrdinalIgnoreCase), value)
            : new MeasuredChild(row.ChildId, null, "left out: not recorded");

    // Timeliness gives one outcome for each case, in order; a completed episode falls in the month it was completed.
    private static PracticeMeasure Timed(
        string code,
        string name,
        int days,
        IEnumerable<TimelinessCase> cases,
        DateOnly asAt,
        IReadOnlyDictionary<string, FlexibleTimescale>? flexible
    )
    {
        var episodes = cases.ToList();
        return new(
            code,
            name,
            true,
            Timeliness
                .Measure(name, days, episodes, asAt, flexible)
                .Cases.Zip(
                    episodes,
                    (c, e) =>
                        new MeasuredChild(
                            c.ChildId,
                            c.Within,
                            c.Note,
                            e.Completed,
                            c.OpenPastTimescale ? WorkingDays.Add(e.Start!.Value, c.Timescale) : null
                        )
                )
                .ToList()
        );
    }
}
