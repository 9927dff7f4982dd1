using System.Globalization;
using System.Text;
using Beacon.Domain;
using CsvHelper;
using CsvHelper.Configuration;

namespace Beacon.Import.Tabular;

/// <summary>CSV through CsvHelper: RFC 4180 quoting, any encoding announced by a byte-order mark, UTF-8 otherwise.</summary>
internal sealed class CsvTabularReader : TabularReader
{
    private readonly StreamReader _text;
    private readonly CsvParser _parser;

    private CsvTabularReader(StreamReader text, CsvParser parser)
    {
        _text = text;
        _parser = parser;
    }

    public static new Result<TabularReader> Open(string path)
    {
        var text = new StreamReader(
            path,
            new UTF8Encoding(false, throwOnInvalidBytes: true),
            detectEncodingFromByteOrderMarks: true,
            bufferSize: 1 << 16
        );
        var parser = new CsvParser(text, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null });
        var reader = new CsvTabularReader(text, parser);
        try
        {
            if (parser.Read())
            {
                reader.Header = parser.Record!.Select(cell => cell.Trim()).ToArray();
            }

            return reader;
        }
        catch (DecoderFallbackException)
        {
            reader.Dispose();
            return Result.Failure("encoding", "the file is not UTF-8 text and has no byte-order mark naming another encoding");
        }
    }

    public override bool Read()
    {
        try
        {
            if (!_parser.Read())
            {
                return false;
            }
        }
        catch (DecoderFallbackException exception)
        {
            throw new InvalidDataException($"row {_parser.Row + 1}: the text is not valid UTF-8", exception);
        }

        RowNumber = _parser.Row;
        Current = Fit(_parser.Record!);
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _parser.Dispose();
            _text.Dispose();
        }
    }
}
