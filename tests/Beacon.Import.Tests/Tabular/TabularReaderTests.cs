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
    public void Text_that_is_not_UTF8_and_has_no_byte_order_mark_is_refused_not_garbled()
    {
        var path = _files.Path_("latin1.csv");
        File.WriteAllBytes(path, [.. "name\nCaf"u8, 0xE9, (byte)'\n']);

        var opened = TabularReader.Open(path);

        Assert.False(opened.Succeeded);
        Assert.Equal("encoding", opened.Problem!.Code);
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
