using System.Text;
using Beacon.Reports.Tables;

namespace Beacon.Web.Tests.Reports;

/// <summary>CSV downloads open in Excel: text there must never run as a formula.</summary>
public sealed class CsvExportTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"Click\")", "'=HYPERLINK(\"http://evil.example\",\"Click\")")]
    [InlineData("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\tTabbed", "'\tTabbed")]
    [InlineData("\rReturn", "'\rReturn")]
    [InlineData("-4.5", "-4.5")]
    [InlineData("+12", "+12")]
    [InlineData("Children in care", "Children in care")]
    [InlineData("", "")]
    [InlineData("-", "-")]
    public void A_cell_that_starts_a_formula_is_written_as_text_and_a_number_stays_a_number(string cell, string written) =>
        Assert.Equal(written, TableExports.SpreadsheetSafe(cell));

    [Fact]
    public void A_formula_in_an_indicator_name_comes_out_of_the_csv_escaped()
    {
        var csv = Encoding.UTF8.GetString(
            TableExports.Csv(
                ["Indicator", "Value"],
                [
                    ["=HYPERLINK(\"x\")", "-1.5"],
                ]
            )
        );

        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\",-1.5", csv, StringComparison.Ordinal);
    }
}
