using System.Text;
using Beacon.Import.Tabular;
using Beacon.Import.Tests.TestData;

namespace Beacon.Import.Tests.Tabular;

public sealed class TabularReaderTests : IDisposable
{
    private readonly DfeFiles _files = new();

    [Fact]
    public void A_UTF16_file_with_a_byte_order_mark_reads_like_UTF8()
    {
        var path = _files.Path_("utf16.csv");
        File.WriteAllText(path, "name,count\nSaint Helens’ School,3\n", new UnicodeEncoding(bigEndian: false, byteOrderMark: true));

        using var reader = TabularReader.Open(path).Value;

        Assert.Equal(["name", "count"], reader.Header);
        Assert.True(reader.Read());
        Assert.Equal(["Saint Helens’ School", "3"], reader.Current);
    }

    [Fact]
    public void Quoted_fields_keep_their_commas_quotes_and_line_breaks_and_rows_keep_file_numbers()
    {
        var path = _files.Csv("quoted.csv", "name,note", "\"Bristol, City of\",\"said \"\"hello\"\"", "second line\"", "Leeds,plain");

        using var reader = TabularReader.Open(path).Value;

        Assert.True(reader.Read());
        Assert.Equal(["Bristol, City of", "said \"hello\"\nsecond line"], reader.Current);
        Assert.Equal(2, reader.RowNumber);
        Assert.True(reader.Read());
        Assert.Equal("Leeds", reader.Current[0]);
        Assert.False(reader.Read());
    }

    [Fact]
    public void Text_that_is_not_UTF8_and_has_no_byte_order_mark_is_read_as_Windows_1252_as_GIAS_and_Ofsted_publish()
    {
        var path = _files.Path_("cp1252.csv");
        // "St Mary’s Café" in Windows-1252: 0x92 is the right single quote, 0xE9 the e with an acute accent.
        File.WriteAllBytes(path, [.. "name\nSt Mary"u8, 0x92, .. "s Caf"u8, 0xE9, (byte)'\n']);

        using var reader = TabularReader.Open(path).Value;

        Assert.True(reader.Read());
        Assert.Equal("St Mary\u2019s Caf\u00e9", reader.Current[0]);
    }

    [Fact]
    public void A_UTF8_character_across_the_checkers_block_boundary_is_still_UTF8()
    {
        var path = _files.Path_("long.csv");
        // "é" is two bytes in UTF-8; placed so that it straddles the first megabyte.
        var padding = new string('a', (1 << 20) - "name\n".Length - 1);
        File.WriteAllText(path, $"name\n{padding}\u00e9\n", new System.Text.UTF8Encoding(false));
        using var longerCells = new Pipeline.ImportOptions { MaxFieldLength = 2 << 20 }.Apply();

        using var reader = TabularReader.Open(path).Value;

        Assert.True(reader.Read());
        Assert.EndsWith("a\u00e9", reader.Current[0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_XLSX_workbook_reads_numbers_and_text_from_its_first_sheet()
    {
        var path = _files.Xlsx("small.xlsx", ["name,count", "Hartlepool,320", "\"Bristol, City of\",1.5"]);

        using var reader = TabularReader.Open(path).Value;

        Assert.Equal(["name", "count"], reader.Header);
        Assert.True(reader.Read());
        Assert.Equal(["Hartlepool", "320"], reader.Current);
        Assert.Equal(2, reader.RowNumber);
        Assert.True(reader.Read());
        Assert.Equal(["Bristol, City of", "1.5"], reader.Current);
    }

    [Fact]
    public void A_missing_file_is_a_problem_not_an_exception()
    {
        var opened = TabularReader.Open(_files.Path_("nowhere.csv"));

        Assert.False(opened.Succeeded);
        Assert.Equal("not-found", opened.Problem!.Code);
    }

    public void Dispose() => _files.Dispose();
}
