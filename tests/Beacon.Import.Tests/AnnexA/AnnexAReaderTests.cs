using Beacon.Import.AnnexA;
using Beacon.Import.Tests.TestData;
using Beacon.Testing;

namespace Beacon.Import.Tests.AnnexA;

/// <summary>Ofsted's Annex A sample workbook, and a messy copy of it the test makes, read through Beacon's mapping.</summary>
public sealed class AnnexAReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("beacon-annex-a-").FullName;

    [Fact]
    public void The_sample_workbook_reads_every_list_with_no_row_refused()
    {
        var sample = SharedData.Require("annex-a", "Annex_A_sample.xlsx");

        var reading = AnnexAReader.Read(sample, AnnexAMap.Shipped);

        Assert.Equal(Enumerable.Range(1, 11), reading.Rows.Select(r => r.List).Distinct().Order());
        Assert.DoesNotContain(reading.Problems, p => p.Refused);
        var contact = reading.Rows.First(r => r.List == 1);
        // The first contact: 'Female' becomes the template's code; 44090 (Excel's day number) is 16 September 2020.
        Assert.Equal(
            ("9212044", "b) Female", "2020-09-16"),
            (contact.ChildId, contact.Values["Gender"], contact.Values["Date of Contact"])
        );
        Assert.Contains(reading.Fixes, f => f is { List: 1, Column: "Gender", From: "Female", To: "b) Female" });
        // Every contact date is an Excel day number: one fix for them all, the first standing for the rest.
        var dates = Assert.Single(reading.Fixes, f => f is { List: 1, Column: "Date of Contact" });
        Assert.Equal(
            ("44090", "2020-09-16", "Excel day numbers", reading.Rows.Count(r => r.List == 1)),
            (dates.From, dates.To, dates.DateForm, dates.Rows)
        );
    }

    [Fact]
    public void A_messy_copy_imports_with_every_fix_reported_and_the_impossible_date_refused_with_its_reason()
    {
        var sample = SharedData.Require("annex-a", "Annex_A_sample.xlsx");
        var sheets = AnnexAReader
            .Sheets(sample)
            .Select(s => (s.Sheet, Rows: s.Rows.Select(r => r.Cells.ToArray()).ToList(), s.Header))
            .ToList();
        var contacts = sheets[0];
        // Headers reworded, and the 2026 template's Sex for Gender.
        var header = contacts
            .Header.Select(h =>
                h switch
                {
                    "Child Unique ID" => "Child ID",
                    "Gender" => "Sex",
                    "Date of Contact" => "Contact date",
                    "Date of Birth" => "DOB",
                    _ => h,
                }
            )
            .ToArray();
        // Codes in other forms and dates in other formats; one date that cannot be.
        var rows = contacts.Rows;
        rows[0][1] = "F";
        rows[1][1] = "1";
        rows[1][2] = "WBRI";
        rows[2][5] = "16/09/2020";
        rows[3][5] = "16 Sep 2020";
        rows[4][5] = "31/02/2021";
        var messy = Path.Combine(_folder, "annex-a-messy.xlsx");
        XlsxFile.WriteSheets(
            messy,
            [
                ("List 1 - Contacts", [header, .. rows]),
                .. sheets.Skip(1).Select(s => (s.Sheet, (IEnumerable<string[]>)[s.Header, .. s.Rows])),
            ]
        );

        var clean = AnnexAReader.Read(sample, AnnexAMap.Shipped);
        var reading = AnnexAReader.Read(messy, AnnexAMap.Shipped);

        var refused = Assert.Single(reading.Problems, p => p.Refused);
        Assert.Equal(
            (1, 6L, "Date of Contact", "31/02/2021", "not a real date"),
            (refused.List, refused.Row, refused.Column, refused.Value, refused.Reason)
        );
        Assert.Equal(clean.Rows.Count - 1, reading.Rows.Count);
        Assert.Contains(reading.Fixes, f => f is { List: 1, Row: 1, From: "Sex", To: "Gender" });
        Assert.Contains(reading.Fixes, f => f is { List: 1, Row: 1, From: "Contact date", To: "Date of Contact" });
        Assert.Contains(reading.Fixes, f => f is { List: 1, Row: 1, From: "Child ID", To: "Child Unique ID" });
        Assert.Contains(reading.Fixes, f => f is { List: 1, Row: 2, Column: "Gender", From: "F", To: "b) Female" });
        Assert.Contains(reading.Fixes, f => f is { List: 1, Row: 3, Column: "Gender", From: "1", To: "a) Male" });
        Assert.Contains(reading.Fixes, f => f is { List: 1, Row: 3, Column: "Ethnicity", From: "WBRI", To: "a) WBRI" });
        Assert.Contains(reading.Fixes, f => f is { List: 1, Row: 4, Column: "Date of Contact", From: "16/09/2020", To: "2020-09-16" });
        Assert.Contains(reading.Fixes, f => f is { List: 1, Row: 5, Column: "Date of Contact", From: "16 Sep 2020", To: "2020-09-16" });
        // Every list but the first reads as the sample does.
        Assert.Equal(
            clean.Rows.Where(r => r.List > 1).Select(r => r.Values.Count),
            reading.Rows.Where(r => r.List > 1).Select(r => r.Values.Count)
        );
    }

    [Fact]
    public void Rows_are_checked_across_the_lists_for_an_officer()
    {
        var map = AnnexAMap.Shipped;
        AnnexARow Row(int list, long row, string id, params (string, string)[] values) =>
            new(list, row, id, values.ToDictionary(v => v.Item1, v => v.Item2));
        var rows = new[]
        {
            Row(7, 2, "A", ("Child Protection Plan Start Date", "2024-05-01"), ("Child Protection Plan End Date", "2024-04-01")),
            Row(6, 2, "B", ("CIN Start Date", "2024-01-01"), ("Date of Birth", "2024-02-01")),
            Row(6, 3, "B", ("CIN Start Date", "2024-01-01")),
            Row(7, 3, "B", ("Child Protection Plan Start Date", "2024-02-01")),
        };

        var problems = AnnexAChecks.Check(rows, map).ToList();

        Assert.Contains(
            problems,
            p =>
                p
                    is {
                        List: 7,
                        Row: 2,
                        Column: "Child Protection Plan End Date",
                        Reason: "is before Child Protection Plan Start Date (2024-05-01)"
                    }
        );
        Assert.Contains(problems, p => p is { List: 6, Row: 2, Column: "Date of Birth", Reason: "is after CIN Start Date (2024-01-01)" });
        Assert.Contains(problems, p => p is { List: 6, Row: 3, Reason: "the same child with the same start date as an earlier row" });
        Assert.Contains(
            problems,
            p => p is { List: 7, Row: 2, Value: "A", Reason: "on a child protection plan but not in the children in need list (List 6)" }
        );
        Assert.DoesNotContain(problems, p => p is { List: 7, Row: 3, Column: "Child Unique ID" });
        Assert.All(problems, p => Assert.False(p.Refused));
    }

    [Fact]
    public void A_zip_of_CSV_files_one_per_list_reads_as_the_workbook_does()
    {
        var sample = SharedData.Require("annex-a", "Annex_A_sample.xlsx");
        var archive = Path.Combine(_folder, "annex-a-lists.zip");
        using (var zip = System.IO.Compression.ZipFile.Open(archive, System.IO.Compression.ZipArchiveMode.Create))
        {
            foreach (var (sheet, header, rows) in AnnexAReader.Sheets(sample))
            {
                using var writer = new StreamWriter(zip.CreateEntry($"extract/{sheet}.csv").Open());
                using var csv = new CsvHelper.CsvWriter(writer, System.Globalization.CultureInfo.InvariantCulture);
                foreach (var line in rows.Select(r => r.Cells).Prepend(header))
                {
                    foreach (var cell in line)
                    {
                        csv.WriteField(cell);
                    }

                    csv.NextRecord();
                }
            }
        }

        var fromCsv = AnnexAReader.Read(archive, AnnexAMap.Shipped);
        var fromWorkbook = AnnexAReader.Read(sample, AnnexAMap.Shipped);

        Assert.True(AnnexACsvArchive.Holds(archive));
        Assert.False(AnnexACsvArchive.Holds(sample));
        Assert.Equal(11, fromCsv.Rows.Select(r => r.List).Distinct().Count());
        Assert.Equal(
            fromWorkbook
                .Rows.OrderBy(r => (r.List, r.Row))
                .Select(r => (r.List, r.Row, r.ChildId, string.Join("|", r.Values.OrderBy(v => v.Key).Select(v => $"{v.Key}={v.Value}")))),
            fromCsv
                .Rows.OrderBy(r => (r.List, r.Row))
                .Select(r => (r.List, r.Row, r.ChildId, string.Join("|", r.Values.OrderBy(v => v.Key).Select(v => $"{v.Key}={v.Value}"))))
        );
        Assert.Equal(fromWorkbook.Problems.Count, fromCsv.Problems.Count);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
