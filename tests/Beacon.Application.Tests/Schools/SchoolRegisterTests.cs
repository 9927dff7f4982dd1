using System.Globalization;
using System.Text;
using Beacon.Application.Protocol;
using Beacon.Application.Schools;
using Beacon.Data;
using Beacon.Domain.Schools;
using Beacon.Import.Pipeline;
using Beacon.Import.Schools;
using Beacon.Testing;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Tests.Schools;

/// <summary>
/// A small register in Get Information about Schools' layout (Windows-1252, as published) gives national schools
/// an LA and pupil numbers, so that an authority's outcomes and its pupils in good or better schools come out.
/// </summary>
public sealed class SchoolRegisterTests : IDisposable
{
    private const string Header =
        "URN,LA (code),LA (name),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name),OpenDate,CloseDate,PhaseOfEducation (name),ReligiousCharacter (name),Gender (name),NumberOfPupils,Town,Postcode";

    private readonly string _folder = Directory.CreateTempSubdirectory("beacon-register-").FullName;

    [Theory]
    [BothDatabases]
    public async Task An_authority_from_a_register_file_has_its_outcomes_and_pupils_in_good_or_better_schools(DatabaseProvider provider)
    {
        var ks2 = SharedData.Require("schools-england", "england_ks2final.csv");
        // The first twelve graded maintained or academy primaries of the national file become "Northmoor"'s.
        var chosen = new List<(string Urn, string Name, string Rating)>();
        using (var reader = new CsvReader(new StreamReader(ks2), CultureInfo.InvariantCulture))
        {
            foreach (var row in reader.GetRecords<dynamic>())
            {
                var cells = (IDictionary<string, object>)row;
                if ((string)cells["OFSTEDRATING"] != "" && (string)cells["SCHTYPE"] != "Special school" && chosen.Count < 12)
                {
                    chosen.Add(((string)cells["URN"], (string)cells["SCHNAME"], (string)cells["OFSTEDRATING"]));
                }
            }
        }

        var pupils = chosen.Select((_, i) => 100 + (i * 37)).ToList();
        var register = Write(
            "edubasealldata.csv",
            [
                Header,
                .. chosen.Select(
                    (s, i) =>
                        $"{s.Urn},999,Northmoor,{2000 + i},\"{s.Name}\",Community school,Open,01-09-1990,,Primary,Does not apply,Mixed,{pupils[i]},Northmoor,NM1 1AA"
                ),
                "999001,999,Northmoor,7001,St Mary\u2019s Pupil Referral Unit,Pupil referral unit,Open,01-04-2010,,Not applicable,,Mixed,40,Northmoor,NM1 2BB",
            ]
        );
        await using var database = await TestDatabase.CreateAsync(provider);

        Assert.True((await ImportAsync(database, new PerformanceTablesSchoolsFormat("201819"), ks2)).Succeeded);
        var loaded = await ImportAsync(database, new GiasEstablishmentsFormat(), register);
        var again = await ImportAsync(database, new GiasEstablishmentsFormat(), register);

        Assert.True(loaded.Succeeded, string.Join("; ", loaded.Errors.Kept));
        Assert.Equal((1L, 12L), (loaded.Run!.Inserted, loaded.Run.Updated));
        Assert.Equal((0L, 0L, 13L), (again.Run!.Inserted, again.Run.Updated, again.Run.Unchanged));
        await using var db = database.NewContext();
        var pru = await db.Schools.FindAsync([999001], TestContext.Current.CancellationToken);
        Assert.Equal(("St Mary\u2019s Pupil Referral Unit", "PRU", 9997001), (pru!.Name, pru.Phase, pru.Laestab));
        var outcomes = await SchoolOutcomes.LoadAsync(
            db,
            new SchoolGroup("999", null),
            new DateOnly(2020, 8, 31),
            TestContext.Current.CancellationToken
        );
        var counted = SchoolOutcomes.Counted(outcomes);
        var overall = OfstedOutcomes.ByPhase(counted)[^1];
        Assert.Equal(12, overall.Graded);
        var good = chosen.Select((s, i) => (s.Rating is "Good" or "Outstanding") ? pupils[i] : 0).Sum();
        Assert.Equal(Math.Round(100m * good / pupils.Sum(), 1), OfstedOutcomes.PupilsInGoodOrBetter(counted));
    }

    [Theory]
    [BothDatabases]
    public async Task A_links_file_joins_an_academy_to_the_school_it_replaced_and_a_bad_row_changes_nothing(DatabaseProvider provider)
    {
        var register = Write(
            "register.csv",
            [
                Header,
                "990005,999,Northmoor,4001,Harbour High School,Community school,Closed,01-09-1970,31-08-2012,Secondary,,Mixed,,Northmoor,",
                "990003,999,Northmoor,4002,Harbour Academy,Academy converter,Open,01-09-2012,,Secondary,,Mixed,900,Northmoor,",
            ]
        );
        var links = Write("links.csv", ["URN,LinkURN,LinkType", "990003,990005,Predecessor", "990005,990003,Successor"]);
        var bad = Write("bad-links.csv", ["URN,LinkURN,LinkType", "990003,990005,Predecessor", "990005,none,Successor"]);
        await using var database = await TestDatabase.CreateAsync(provider);
        Assert.True((await ImportAsync(database, new GiasEstablishmentsFormat(), register)).Succeeded);
        var before = await database.ContentChecksumAsync();

        var refused = await ImportAsync(database, new GiasLinksFormat(), bad);
        var unchanged = await database.ContentChecksumAsync();
        var linked = await ImportAsync(database, new GiasLinksFormat(), links);

        var error = Assert.Single(refused.Errors.Kept);
        Assert.Equal((3L, "LinkURN", "none"), (error.Row, error.Column, error.Value));
        Assert.Equal(before, unchanged);
        Assert.Equal(2L, linked.Run!.Updated);
        await using var db = database.NewContext();
        var academy = await db.Schools.FindAsync([990003], TestContext.Current.CancellationToken);
        Assert.Equal(990005, academy!.PredecessorUrn);
        Assert.Equal(new DateOnly(2012, 8, 31), (await db.Schools.FindAsync([990005], TestContext.Current.CancellationToken))!.CloseDate);
    }

    [Theory]
    [BothDatabases]
    public async Task A_new_headteacher_in_the_register_is_a_change_of_leadership_without_the_name_being_kept(DatabaseProvider provider)
    {
        const string header = Header + ",HeadFirstName,HeadLastName";
        string Row(int urn, string name, string head) =>
            $"{urn},805,Hartlepool,{urn % 10000},{name},Community school,Open,01-09-1990,,Primary,Does not apply,Mixed,200,Hartlepool,TS24 8AA,{head}";
        var before = Write(
            "before.csv",
            [header, Row(990101, "Rift House Primary", "Ann,Smith"), Row(990102, "Brougham Primary", "Bob,Jones")]
        );
        var after = Write(
            "after.csv",
            [header, Row(990101, "Rift House Primary", "Carol,Evans"), Row(990102, "Brougham Primary", "BOB, jones ")]
        );
        var noHeads = Write(
            "no-heads.csv",
            [
                Header,
                $"990103,805,Hartlepool,103,Jesmond Gardens Primary,Community school,Open,01-09-1990,,Primary,Does not apply,Mixed,200,Hartlepool,TS24 8AA",
            ]
        );
        await using var database = await TestDatabase.CreateAsync(provider);

        Assert.True((await ImportAsync(database, new GiasEstablishmentsFormat(), before)).Succeeded);
        var changed = await ImportAsync(database, new GiasEstablishmentsFormat(), after);
        var again = await ImportAsync(database, new GiasEstablishmentsFormat(), after);
        Assert.True((await ImportAsync(database, new GiasEstablishmentsFormat(), noHeads)).Succeeded);

        Assert.Equal((0L, 1L, 1L), (changed.Run!.Inserted, changed.Run.Updated, changed.Run.Unchanged));
        Assert.Equal((0L, 0L, 2L), (again.Run!.Inserted, again.Run.Updated, again.Run.Unchanged));
        await using var db = database.NewContext();
        var schools = await db.Schools.OrderBy(s => s.Urn).ToListAsync(TestContext.Current.CancellationToken);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Equal([today, null, null], schools.Select(s => s.HeadteacherChangedOn));
        Assert.Equal(GiasEstablishmentsFormat.Fingerprint("carol evans"), schools[0].HeadteacherKey);
        Assert.Matches("^[0-9A-F]{16}$", schools[0].HeadteacherKey);
        var proposals = await ProtocolProposals.ProposeAsync(
            db,
            new SchoolGroup("805", null),
            today,
            Beacon.Domain.Protocol.ProtocolCatalog.Shipped,
            TestContext.Current.CancellationToken
        );
        bool? HeadChange(int urn) => proposals.Single(p => p.Urn == urn).Proposal.Results.Single(r => r.Criterion.Code == "A5").Met;
        Assert.Equal([true, false, null], new[] { HeadChange(990101), HeadChange(990102), HeadChange(990103) });
    }

    private static Task<ImportOutcome> ImportAsync(TestDatabase database, IImportFormat format, string path) =>
        TestImports.RunAsync(database, format, path);

    // As GIAS publishes: Windows-1252, no byte-order mark.
    private string Write(string name, IEnumerable<string> lines)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n", Encoding.GetEncoding(1252));
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
