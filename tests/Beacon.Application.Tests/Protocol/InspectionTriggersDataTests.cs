using System.Globalization;
using System.Text;
using Beacon.Application.Protocol;
using Beacon.Application.Tests.Schools;
using Beacon.Data;
using Beacon.Domain.Protocol;
using Beacon.Import.Geography;
using Beacon.Import.Schools;
using Beacon.Testing;
using CsvHelper;

namespace Beacon.Application.Tests.Protocol;

/// <summary>
/// The inspection triggers' figures over England's schools loaded from ../shared/data/schools-england, with a
/// register file the test writes that makes twenty of them Hartlepool's (805) and gives them pupil numbers.
/// Every figure is counted again here from the CSVs themselves.
/// </summary>
public sealed class InspectionTriggersDataTests : IDisposable
{
    private const string Header =
        "URN,LA (code),LA (name),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name),OpenDate,CloseDate,PhaseOfEducation (name),ReligiousCharacter (name),Gender (name),NumberOfPupils,Town,Postcode";

    private static readonly string[] NotGood = ["Requires Improvement", "Inadequate", "Satisfactory"];

    private readonly string _folder = Directory.CreateTempSubdirectory("beacon-triggers-").FullName;

    [Theory]
    [BothDatabases]
    public async Task The_trigger_figures_for_an_authority_and_England_match_a_count_made_from_the_files(DatabaseProvider provider)
    {
        var files = NationalSchoolsFixture.Files.Select(f => SharedData.Require("schools-england", f)).ToList();
        // Every state-funded school with a grade, once (a school in both files is the same school).
        var england = new Dictionary<string, string>();
        foreach (var file in files)
        {
            using var reader = new CsvReader(new StreamReader(file, Encoding.Latin1), CultureInfo.InvariantCulture);
            foreach (var row in reader.GetRecords<dynamic>())
            {
                var cells = (IDictionary<string, object>)row;
                var type = (string)cells["SCHTYPE"];
                if ((string)cells["OFSTEDRATING"] is { Length: > 0 } rating && type is not ("Independent school" or "College"))
                {
                    england[(string)cells["URN"]] = rating;
                }
            }
        }

        // Every seventh graded school, twenty of them, becomes Hartlepool's, with pupil numbers.
        var ours = england.Where((_, i) => i % 7 == 0).Take(20).ToList();
        var pupils = ours.Select((_, i) => 150 + (i * 53)).ToList();
        var register = Path.Combine(_folder, "edubasealldata.csv");
        await File.WriteAllLinesAsync(
            register,
            [
                Header,
                .. ours.Select(
                    (s, i) =>
                        $"{s.Key},805,Hartlepool,{3000 + i},School {s.Key},Community school,Open,01-09-1990,,Primary,Does not apply,Mixed,{pupils[i]},Hartlepool,TS24 8AA"
                ),
            ],
            TestContext.Current.CancellationToken
        );
        await using var database = await TestDatabase.CreateAsync(provider);
        foreach (var file in files)
        {
            Assert.True((await TestImports.RunAsync(database, new PerformanceTablesSchoolsFormat("201819"), file)).Succeeded);
        }

        Assert.True((await TestImports.RunAsync(database, new GiasEstablishmentsFormat(), register)).Succeeded);
        await using var db = database.NewContext();
        var hartlepool = LocalAuthorityRegister.Shipped.FindByOldCode("805")!;

        var figures = await TriggerFiguresBuilder.BuildAsync(
            db,
            hartlepool,
            new DateOnly(2020, 8, 31),
            2018,
            TestContext.Current.CancellationToken
        );
        var triggers = InspectionTriggers.Judge(figures);

        var good = ours.Select((s, i) => NotGood.Contains(s.Value) ? 0 : pupils[i]).Sum();
        Assert.Equal(Math.Round(100m * good / pupils.Sum(), 1), figures.PupilsInGoodOrBetterPercent.Authority);
        // The national files carry no pupil numbers, so England's share of pupils is not known, and neither is the trigger.
        Assert.Null(figures.PupilsInGoodOrBetterPercent.England);
        Assert.Null(triggers[0].Met);
        Assert.Equal(Percent(ours.Count(s => NotGood.Contains(s.Value)), ours.Count), figures.SchoolsNotGoodPercent.Authority);
        Assert.Equal(Percent(england.Values.Count(NotGood.Contains), england.Count), figures.SchoolsNotGoodPercent.England);
        Assert.Equal(figures.SchoolsNotGoodPercent.Authority > figures.SchoolsNotGoodPercent.England, triggers[2].Met);
        Assert.Equal(
            $"schools not judged good or better: {figures.SchoolsNotGoodPercent.Authority:0.0}% against {figures.SchoolsNotGoodPercent.England:0.0}% in England",
            triggers[2].Evidence[0]
        );
        // These files record no category of concern, so none is counted either side.
        Assert.Equal((0m, 0m), (figures.SchoolsInCategoryPercent.Authority, figures.SchoolsInCategoryPercent.England));
    }

    private static decimal Percent(int count, int of) => Math.Round(100m * count / of, 1);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
