using Beacon.Application.SocialCare;
using Beacon.Data;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Tests.SocialCare;

/// <summary>The fostering return filled in section by section (seed 000, item 7.2), checked with the whole return's rules.</summary>
public sealed class FosteringReturnEditorTests
{
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;

    [Theory]
    [BothDatabases]
    public async Task Staffing_is_saved_for_the_quarter_and_audited_and_the_other_sections_are_still_to_do(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
        {
            // "a team manager ..., a principal practitioner and 6 social workers"; "2 vacancies"; "an agency worker".
            var saved = await new FosteringReturnEditor(db).SaveSectionAsync(
                "2013-Q1",
                "staffing",
                new Dictionary<string, string?>
                {
                    ["Staffing-Posts"] = "8",
                    ["Staffing-Vacancies"] = "2",
                    ["Staffing-AgencyWorkers"] = "1",
                    ["Staffing-Changes"] = "Two new workers started in September.",
                },
                "manager",
                Token
            );
            Assert.True(saved.Succeeded, saved.Problem?.Message);
        }

        await using var read = database.NewContext();
        var held = (await new FosteringReturnEditor(read).LoadAsync("2013-Q1", Token)).Value;

        Assert.Equal(new Domain.SocialCare.FosteringStaffing(8, 2, 1, "Two new workers started in September."), held.Quarter.Staffing);
        Assert.Equal(["staffing"], held.CompletedSections);
        var audit = await read.AuditEntries.SingleAsync(a => a.EntityType == "FosteringReturn", Token);
        Assert.Equal(("manager", "Staffing, Q1 2013/14"), (audit.Actor, audit.Reason));
    }

    [Theory]
    [BothDatabases]
    public async Task A_section_that_does_not_add_up_is_refused_field_by_field_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var editor = new FosteringReturnEditor(db);

        var vacancies = await editor.SaveSectionAsync(
            "2013-Q1",
            "staffing",
            new Dictionary<string, string?>
            {
                ["Staffing-Posts"] = "2",
                ["Staffing-Vacancies"] = "3",
                ["Staffing-AgencyWorkers"] = "",
            },
            "manager",
            Token
        );
        var lines = await editor.SaveSectionAsync(
            "2013-Q1",
            "recruitment",
            new Dictionary<string, string?>
            {
                ["EnquiriesBySource"] = "Own volition: 9\nHartlepool Mail one",
                ["InformationPacks"] = "13",
                ["InitialVisits"] = "10",
                ["Proceeded"] = "9",
                ["PreparationGroupAttended"] = "8",
                ["WaitingForPreparationGroup"] = "4",
                ["AssessmentsInProgress"] = "8",
                ["Approvals"] = "-2",
            },
            "manager",
            Token
        );
        var proceeded = await editor.SaveSectionAsync(
            "2013-Q1",
            "recruitment",
            new Dictionary<string, string?>
            {
                ["EnquiriesBySource"] = "Own volition: 9",
                ["InformationPacks"] = "13",
                ["InitialVisits"] = "10",
                ["Proceeded"] = "12",
                ["PreparationGroupAttended"] = "8",
                ["WaitingForPreparationGroup"] = "4",
                ["AssessmentsInProgress"] = "8",
                ["Approvals"] = "2",
            },
            "manager",
            Token
        );

        Assert.Equal(["Staffing-AgencyWorkers"], vacancies.Problem!.Details.Select(p => p.Code).DefaultIfEmpty(vacancies.Problem.Code));
        Assert.Equal("Enter agency workers covering", vacancies.Problem.Message);
        Assert.Equal(["EnquiriesBySource", "Approvals"], lines.Problem!.Details.Select(p => p.Code));
        Assert.StartsWith("Line 2 of initial enquiries", lines.Problem.Details[0].Message, StringComparison.Ordinal);
        Assert.Equal("Approvals must be a whole number of 0 or more, like 9", lines.Problem.Details[1].Message);
        Assert.Equal(
            ("Proceeded", "Of these, proceeded: 12 is more than the 10 initial visits"),
            (proceeded.Problem!.Code, proceeded.Problem.Message)
        );
        Assert.Equal(0, await database.NewContext().FosteringReturns.CountAsync(Token));
    }

    [Theory]
    [BothDatabases]
    public async Task More_vacancies_than_posts_are_refused_on_the_vacancies_field(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();

        var refused = await new FosteringReturnEditor(db).SaveSectionAsync(
            "2013-Q1",
            "staffing",
            new Dictionary<string, string?>
            {
                ["Staffing-Posts"] = "2",
                ["Staffing-Vacancies"] = "3",
                ["Staffing-AgencyWorkers"] = "0",
            },
            "manager",
            Token
        );

        Assert.Equal(
            ("Staffing-Vacancies", "Posts vacant this quarter: 3 is more than the 2 posts"),
            (refused.Problem!.Code, refused.Problem.Message)
        );
    }
}
