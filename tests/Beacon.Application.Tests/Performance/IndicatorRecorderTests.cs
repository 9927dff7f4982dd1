using Beacon.Application.Performance;
using Beacon.Data;
using Beacon.Data.Audit;
using Beacon.Data.Performance;
using Beacon.Domain;
using Beacon.Domain.Performance;
using Beacon.Domain.Periods;
using Beacon.Domain.Statistics;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Tests.Performance;

/// <summary>An indicator's target and values as officers enter them, and the dashboard's judgement of them.</summary>
public sealed class IndicatorRecorderTests
{
    private static readonly FinancialQuarter Q2 = new(2013, 2);

    [Theory]
    [BothDatabases]
    public async Task A_changed_target_needs_a_reason_a_withheld_value_keeps_its_symbol_and_the_assessment_follows(
        DatabaseProvider provider
    )
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var token = TestContext.Current.CancellationToken;
        await using var db = database.NewContext(new AuditScope { Actor = "officer" });
        var area = new BusinessArea { Name = "Children and Families" };
        db.BusinessAreas.Add(area);
        await db.SaveChangesAsync(token);
        var indicator = new Indicator
        {
            Reference = "CFS 01",
            Title = "Assessments in time",
            BusinessAreaId = area.Id,
            LeadOfficerInitials = "TC",
            Unit = "Percentage",
            Polarity = Polarity.HigherIsBetter,
            Accumulation = Accumulation.Snapshot,
        };
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync(token);
        var recorder = new IndicatorRecorder(db);

        Assert.True((await recorder.SetTargetAsync(indicator.Id, Q2, 80m, [70m, 75m], null, token)).Succeeded);
        var unexplained = await recorder.SetTargetAsync(indicator.Id, Q2, 85m, [], " ", token);
        Assert.Equal(IndicatorRecorder.ReasonNeeded, unexplained.Problem!.Code);
        Assert.True((await recorder.SetTargetAsync(indicator.Id, Q2, 85m, [], "Raised after Ofsted", token)).Succeeded);
        Assert.Equal("value", (await recorder.RecordValueAsync(indicator.Id, Q2, StatisticValue.Missing, token)).Problem!.Code);
        Assert.True(StatisticValue.TryParse("c", out var withheld));
        Assert.True((await recorder.RecordValueAsync(indicator.Id, Q2, withheld, token)).Succeeded);
        Assert.True(StatisticValue.TryParse("86.5", out var figure));
        Assert.True((await recorder.RecordValueAsync(indicator.Id, new FinancialQuarter(2013, 1), figure, token)).Succeeded);

        await using var read = database.NewContext();
        var target = await read.IndicatorTargets.SingleAsync(token);
        Assert.Equal((85m, (decimal?)null), (target.AnnualTarget, target.Q1Target));
        var values = await read.IndicatorValues.OrderBy(v => v.Quarter).ToListAsync(token);
        Assert.Equal([(86.5m, (string?)null), (null, "c")], values.Select(v => (v.Value, v.Symbol)));
        var assessment = IndicatorAssessment.Assess(indicator, Q2, values, [target], null);
        Assert.Equal("c", assessment.Value?.ToString());
        Assert.Contains(
            "Raised after Ofsted",
            await read.AuditEntries.Where(a => a.EntityType == "Target").Select(a => a.Reason).ToListAsync(token)
        );
    }
}
