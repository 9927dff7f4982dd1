using System.Globalization;
using Beacon.Data;
using Beacon.Data.Schools;
using Beacon.Data.Statistics;
using Beacon.Import.Pipeline;

namespace Beacon.Import.Schools;

/// <summary>
/// Get Information about Schools' establishments extract (edubasealldata): the register itself. Each school's
/// LA, LAESTAB, phase, type, status, dates, religious character and pupil numbers are taken as published;
/// phase is Special or PRU by type of establishment, since GIAS gives those "Not applicable".
/// </summary>
public sealed class GiasEstablishmentsFormat : RowFormat<School>
{
    public const string FormatName = "gias-establishments";

    private static readonly string[] DateFormats = ["dd-MM-yyyy", "dd/MM/yyyy", "yyyy-MM-dd"];

    public override string Name => FormatName;

    public override string Dataset => "gias-establishments";

    protected override IReadOnlyList<string> RequiredColumns { get; } = ["URN", "EstablishmentName", "LA (code)"];

    protected override string KeyDescription => "URN";

    protected override (object Key, string Column, string Value) KeyOf(School parsed) =>
        (parsed.Urn, "URN", parsed.Urn.ToString(CultureInfo.InvariantCulture));

    protected override (School? Parsed, ImportError? Error) Parse(long row, Func<string, string> cell)
    {
        ImportError Error(string column, string reason) => new("", row, column, cell(column), reason);
        string? Optional(string column) => cell(column).Length == 0 ? null : cell(column);

        if (!Urns.TryParse(cell("URN"), out var urn))
        {
            return (null, Error("URN", Urns.Problem));
        }

        if (cell("EstablishmentName").Length == 0)
        {
            return (null, Error("EstablishmentName", "is empty"));
        }

        var la = cell("LA (code)");
        if (la.Length != 3 || !la.All(char.IsAsciiDigit))
        {
            return (null, Error("LA (code)", "not a three-digit local authority code"));
        }

        int? laestab = null;
        if (Optional("EstablishmentNumber") is { } number)
        {
            if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var establishment) || establishment > 9999)
            {
                return (null, Error("EstablishmentNumber", "not a four-digit establishment number"));
            }

            laestab = int.Parse(la, CultureInfo.InvariantCulture) * 10000 + establishment;
        }

        var dates = new DateOnly?[2];
        string[] dateColumns = ["OpenDate", "CloseDate"];
        for (var i = 0; i < dates.Length; i++)
        {
            if (Optional(dateColumns[i]) is not { } text)
            {
                continue;
            }

            if (!DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return (null, Error(dateColumns[i], "not a date (dd-mm-yyyy)"));
            }

            dates[i] = date;
        }

        int? pupils = null;
        if (Optional("NumberOfPupils") is { } count)
        {
            if (!int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var number2))
            {
                return (null, Error("NumberOfPupils", "not a whole number"));
            }

            pupils = number2;
        }

        var type = Optional("TypeOfEstablishment (name)");
        var head = $"{cell("HeadFirstName")} {cell("HeadLastName")}".Trim();
        return (
            new School
            {
                Urn = urn,
                Name = cell("EstablishmentName"),
                LaCode = la,
                LaName = Optional("LA (name)"),
                Laestab = laestab,
                Street = Optional("Street"),
                Locality = Optional("Locality"),
                Town = Optional("Town"),
                Postcode = Optional("Postcode"),
                Phase = PhaseOf(Optional("PhaseOfEducation (name)"), type),
                Type = type,
                Status = Optional("EstablishmentStatus (name)"),
                OpenDate = dates[0],
                CloseDate = dates[1],
                ReligiousCharacter = Optional("ReligiousCharacter (name)"),
                Gender = Optional("Gender (name)"),
                Pupils = pupils,
                HeadteacherKey = head.Length == 0 ? null : Fingerprint(head),
            },
            null
        );
    }

    /// <summary>The first 16 hex digits of the SHA-256 of the name, lower-cased and trimmed: enough to see a change, not to read a name.</summary>
    public static string Fingerprint(string name) =>
        Convert.ToHexString(
            System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name.Trim().ToLowerInvariant()))
        )[..16];

    /// <summary>GIAS phases, with special schools and pupil referral units (phase "Not applicable") named by their type.</summary>
    public static string PhaseOf(string? phase, string? type)
    {
        var kind = type ?? "";
        if (kind.Contains("special", StringComparison.OrdinalIgnoreCase))
        {
            return "Special";
        }

        if (
            kind.Contains("referral", StringComparison.OrdinalIgnoreCase)
            || kind.Contains("alternative provision", StringComparison.OrdinalIgnoreCase)
        )
        {
            return "PRU";
        }

        return phase switch
        {
            null or "Not applicable" => "",
            "Middle deemed primary" or "Middle deemed secondary" => "Middle",
            _ => phase,
        };
    }

    public override async Task<BulkWriteCounts> WriteAsync(
        BeaconDbContext db,
        string path,
        long importRunId,
        IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        var schools = Read(path).Select(r => r.Parsed!).ToList();
        var started = (await db.ImportRuns.FindAsync([importRunId], cancellationToken))!.StartedAtUtc;
        var counts = await SchoolRegisterWriter.UpsertAsync(
            db,
            schools,
            SchoolRegisterWriter.RegisterColumns,
            mergePhases: false,
            cancellationToken,
            DateOnly.FromDateTime(started)
        );
        progress?.Report(new ImportProgress("Writing", schools.Count, schools.Count));
        return counts;
    }
}
