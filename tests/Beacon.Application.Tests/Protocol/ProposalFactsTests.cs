using System.Globalization;
using System.Text;
using Beacon.Application.Protocol;
using Beacon.Application.Schools;
using Beacon.Application.Tests.Schools;
using Beacon.Data;
using Beacon.Domain.Protocol;
using Beacon.Testing;
using CsvHelper;

namespace Beacon.Application.Tests.Protocol;

/// <summary>The proposal's floor-standard fact over the national KS4 file: Progress 8 below -0.5 in 2018/19.</summary>
public sealed class ProposalFactsTests(NationalSchoolsFixture national) : IClassFixture<NationalSchoolsFixture>
{
    [Theory]
    [BothDatabases]
    public async Task A_school_below_the_floor_in_the_summers_results_meets_the_floor_criterion_and_one_above_does_not(
        DatabaseProvider provider
    )
    {
        var database = await national.DatabaseAsync(provider);
        var (below, above) = ChooseSchools();
        await using var db = database.NewContext();

        var proposals = await ProtocolProposals.ProposeAsync(
            db,
            new SchoolGroup(null, null, [below, above]),
            new DateOnly(2019, 10, 15),
            ProtocolCatalog.Shipped,
            TestContext.Current.CancellationToken
        );

        Assert.Equal(true, Floor(proposals, below).Met);
        Assert.Equal("below the floor standard", Floor(proposals, below).Evidence);
        Assert.Equal(false, Floor(proposals, above).Met);
        // The term after the floors were withdrawn (2019/20 results had none), the fact is unknown.
        var later = await ProtocolProposals.ProposeAsync(
            db,
            new SchoolGroup(null, null, [below]),
            new DateOnly(2020, 10, 15),
            ProtocolCatalog.Shipped,
            TestContext.Current.CancellationToken
        );
        Assert.Null(Floor(later, below).Met);
    }

    private static CriterionResult Floor(IReadOnlyList<SchoolProposal> proposals, int urn) =>
        proposals.Single(p => p.Urn == urn).Proposal.Results.Single(r => r.Criterion.Check == "below-floor");

    // The first graded, state-funded school with Progress 8 below -0.5, and the first with it above; not in the KS2 file.
    private static (int Below, int Above) ChooseSchools()
    {
        var primary = new HashSet<string>();
        using (
            var ks2 = new CsvReader(
                new StreamReader(Path.Combine(SharedData(), "england_ks2final.csv"), Encoding.Latin1),
                CultureInfo.InvariantCulture
            )
        )
        {
            foreach (var row in ks2.GetRecords<dynamic>())
            {
                primary.Add((string)((IDictionary<string, object>)row)["URN"]);
            }
        }

        int? below = null,
            above = null;
        using var reader = new CsvReader(
            new StreamReader(Path.Combine(SharedData(), "england_ks4final.csv"), Encoding.Latin1),
            CultureInfo.InvariantCulture
        );
        foreach (var row in reader.GetRecords<dynamic>())
        {
            var cells = (IDictionary<string, object>)row;
            var urn = (string)cells["URN"];
            if (
                primary.Contains(urn)
                || (string)cells["OFSTEDRATING"] == ""
                || (string)cells["SCHTYPE"] is "Independent school" or "College"
                || !decimal.TryParse((string)cells["P8MEA"], NumberStyles.Number, CultureInfo.InvariantCulture, out var p8)
            )
            {
                continue;
            }

            if (p8 < -0.5m)
            {
                below ??= int.Parse(urn, CultureInfo.InvariantCulture);
            }
            else
            {
                above ??= int.Parse(urn, CultureInfo.InvariantCulture);
            }
        }

        return (below!.Value, above!.Value);
    }

    private static string SharedData() => Path.Combine(Beacon.Testing.SharedData.Folder!, "schools-england");
}
